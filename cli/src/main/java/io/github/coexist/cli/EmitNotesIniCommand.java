package io.github.coexist.cli;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.notesini.IniFinding;
import io.github.coexist.notesini.MergeResult;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.UnmergeableFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coexist emit notesini PLAN [-o FILE] [--merge-into NOTES_INI] [--dry-run]}: BTCal's
 * notes.ini settings as a fragment, or merged into a copy of an existing notes.ini.
 */
@Command(
    name = "notesini",
    description = {
      "Write BTCal's notes.ini settings of a valid plan: KEY=value lines to paste, or, with"
          + " --merge-into, that notes.ini with the settings merged in (first occurrences"
          + " updated, missing keys appended, BTCal added to ServerTasks; every other byte kept).",
      "NOTES_INI itself is never modified: the result goes to -o FILE or stdout.",
      "Warnings (duplicate keys, no ServerTasks line, ...) go to stderr."
    },
    mixinStandardHelpOptions = true)
final class EmitNotesIniCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PlanArguments input;

  @Option(
      names = "--merge-into",
      paramLabel = "NOTES_INI",
      description = "An existing notes.ini to merge into (read only).")
  Path mergeInto;

  @Option(
      names = "--dry-run",
      description = "With --merge-into: print what the merge would change (key, old, new) instead.")
  boolean dryRun;

  @Mixin NotesIniOptions options;

  @Override
  public Integer call() {
    if (dryRun && mergeInto == null) {
      throw new UserError("--dry-run needs --merge-into NOTES_INI");
    }
    if (dryRun && input.output != null) {
      throw new UserError("--dry-run writes no file: leave out -o");
    }
    input.checkOutput("--merge-into", mergeInto);
    PrintWriter err = spec.commandLine().getErr();
    ValidatedPlan valid = input.readValid(spec);
    NotesIniChanges changes = input.emit(options.emitter(), valid);
    PrintWriter out = spec.commandLine().getOut();
    if (mergeInto == null) {
      report(changes.findings(), input.plan.toString(), err);
      ArtifactOutput.write(changes::writeTo, input.output, out);
      return ExitCode.OK;
    }
    MergeResult merged = merge(changes, NotesIniDocument.parse(NotesIniFiles.read(mergeInto)));
    report(merged.findings(), mergeInto.toString(), err);
    if (dryRun) {
      out.print(merged.summary());
      out.flush();
    } else {
      ArtifactOutput.write(merged::writeTo, input.output, out);
    }
    return ExitCode.OK;
  }

  private MergeResult merge(NotesIniChanges changes, NotesIniDocument existing) {
    try {
      return changes.mergeInto(existing);
    } catch (EmissionException e) {
      throw new UserError(mergeInto + ": " + e.getMessage(), e);
    } catch (UnmergeableFileException e) {
      throw new UserError(e.format(mergeInto.toString()), e);
    }
  }

  static void report(List<IniFinding> findings, String source, PrintWriter err) {
    for (IniFinding finding : findings) {
      err.println(finding.format(source));
    }
    err.flush();
  }
}
