package io.github.coexist.cli;

import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.notesini.ConsoleCommands;
import io.github.coexist.notesini.ConsoleCommandsEmitter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coexist emit console PLAN [-o FILE]}: the Domino console commands of a plan. */
@Command(
    name = "console",
    description = {
      "Write the Domino server console commands that apply a valid plan's BTCal settings:"
          + " 'set config KEY=value' per setting (BTPROCESSDOMAIN among them), 'load BTCal' (or"
          + " 'tell BTCal restart' with --btcal-running), and, when the plan's license has a"
          + " serverPath, 'show tasks' and 'tell btcal install license <path>'.",
      "BTCal is loaded, not added to ServerTasks (no console command does that): add it there"
          + " too, or BTCal does not start again when the server restarts."
    },
    mixinStandardHelpOptions = true)
final class EmitConsoleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PlanArguments input;

  @Mixin NotesIniOptions options;

  @Option(
      names = "--btcal-running",
      description =
          "BTCal may already run on the server: restart it ('tell BTCal restart') so that it reads"
              + " the new settings, instead of 'load BTCal', which would start a second BTCal.")
  boolean btcalRunning;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ValidatedPlan valid = input.readValid(spec);
    ConsoleCommandsEmitter emitter =
        ConsoleCommandsEmitter.builder()
            .notesIni(options.emitter())
            .start(btcalRunning ? ConsoleCommands.Start.RESTART : ConsoleCommands.Start.LOAD)
            .build();
    ConsoleCommands commands = input.emit(emitter, valid);
    EmitNotesIniCommand.report(commands.findings(), input.plan.toString(), err);
    ArtifactOutput.write(commands::writeTo, input.output, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
