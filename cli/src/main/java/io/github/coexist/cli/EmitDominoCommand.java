package io.github.coexist.cli;

import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.domino.DirectoryDocument;
import io.github.coexist.domino.DirectoryDocuments;
import io.github.coexist.domino.DirectoryField;
import io.github.coexist.domino.DominoDirectoryEmitter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coexist emit domino PLAN [-o FILE]}: the Domino Directory documents as JSON. */
@Command(
    name = "domino",
    description = {
      "Write the Domino Directory documents of a valid plan whose items HCL has published"
          + " (the Foreign Domain documents, one per coexistence server, and the Global Domain) as"
          + " HCL One-Touch Setup JSON for Domino 12 and later: an appConfiguration to merge into"
          + " the setup file of a new coexistence server.",
      "The documents whose items are not published (Foreign SMTP Domain, SMTP Connection,"
          + " Configuration Settings), the mailbox and the fields to set by hand are listed on"
          + " stderr; the runbook has every field (docs/domino-directory.md)."
    },
    mixinStandardHelpOptions = true)
final class EmitDominoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PlanArguments input;

  @Override
  public Integer call() {
    ValidatedPlan valid = input.readValid(spec);
    DirectoryDocuments documents = input.emit(DominoDirectoryEmitter.standard(), valid);
    report(documents, spec.commandLine().getErr());
    ArtifactOutput.writeAndSay(documents::writeTo, input.output, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /** What the JSON leaves to the administrator, one line each. */
  static void report(DirectoryDocuments documents, PrintWriter err) {
    err.println(
        "by hand: create "
            + documents.mailbox().fileName()
            + " from the "
            + documents.mailbox().template()
            + " template on "
            + String.join(", ", documents.mailbox().servers())
            + ", each server with Manager access");
    for (DirectoryDocument d : documents.writable()) {
      for (DirectoryField f : d.manualFields()) {
        err.println(
            "by hand: "
                + d.kind().title()
                + " "
                + d.name()
                + ": confirm "
                + f.label()
                + " is "
                + f.value());
      }
    }
    for (DirectoryDocument d : documents.manualOnly()) {
      err.println(
          "by hand: "
              + d.kind().title()
              + " "
              + d.name()
              + " (items not published by HCL; see the runbook)");
    }
    err.flush();
  }
}
