package io.github.coexist.examples;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.powershell.CmdletCall;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Emits both PowerShell dialects (Exchange Online and the Exchange Management Shell) and the
 * notes.ini fragment of the recommended plans. It inspects the scripts through their statement
 * model — which cmdlets create objects — before rendering them, as a tool that reviews a change
 * would, and prints the size of each script file and the notes.ini lines.
 */
public final class EmitExample {
  private EmitExample() {}

  /** Prints what both environments' artifacts hold. */
  public static void main(String[] args) {
    System.out.print(run(LocalDate.now(java.time.Clock.systemUTC())));
  }

  /** For each environment: the creating cmdlets, the script's size, the notes.ini fragment. */
  public static String run(LocalDate today) {
    StringBuilder out = new StringBuilder();
    for (Environment environment : Environment.values()) {
      ValidatedPlan valid =
          PlanValidator.standard()
              .validate(
                  RecommendedPlans.create(RecommendedPlans.example(environment)),
                  ValidationContext.on(today))
              .requireValid();
      PowerShellScript script = PowerShellEmitter.standard().emit(valid);
      out.append(environment.key()).append(" (").append(script.dialect()).append(")\n");
      out.append("  creates:");
      for (CmdletCall call : script.calls()) {
        if (call.verb().equals("New")) {
          out.append(' ').append(call.noun());
        }
      }
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      try {
        script.writeTo(file); // the file: UTF-8 with BOM, CRLF
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.append("\n  script: ")
          .append(file.size())
          .append(" bytes, ")
          .append(script.text().lines().count())
          .append(" lines (UTF-8 with BOM, CRLF)\n");
      NotesIniChanges notesIni = NotesIniEmitter.standard().emit(valid);
      out.append("  notes.ini:\n");
      notesIni.text().lines().forEach(line -> out.append("    ").append(line).append('\n'));
    }
    return out.toString();
  }
}
