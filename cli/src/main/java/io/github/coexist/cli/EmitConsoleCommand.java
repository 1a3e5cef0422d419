package io.github.coexist.cli;

import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.notesini.ConsoleCommands;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.UnsafeSettingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coexist emit console PLAN [-o FILE]}: the Domino console commands of a plan. */
@Command(
    name = "console",
    description = {
      "Write the Domino server console commands that apply a valid plan's BTCal settings:"
          + " 'set config KEY=value' per setting, 'load BTCal', and 'tell btcal install license"
          + " <path>' when the plan's license has a serverPath.",
      "BTCal is loaded, not added to ServerTasks (no console command does that); where BTCal"
          + " already runs, use 'tell BTCal restart' instead of 'load BTCal'."
    },
    mixinStandardHelpOptions = true)
final class EmitConsoleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PlanArguments input;

  @Mixin NotesIniOptions options;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ValidatedPlan valid = input.readValid(spec);
    ConsoleCommands commands;
    NotesIniChanges changes;
    try {
      changes = options.emitter().emit(valid);
      commands = changes.consoleCommands();
    } catch (UnsafeSettingException e) {
      throw new UserError(input.plan + ": " + e.getMessage(), e);
    }
    EmitNotesIniCommand.report(changes.findings(), input.plan.toString(), err);
    NotesIniFiles.write(commands.toBytes(), input.output, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
