package io.github.coexist.runbook;

import io.github.coexist.notesini.ConsoleCommands;
import io.github.coexist.notesini.IniSetting;
import io.github.coexist.notesini.NotesIniChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Domino side of the runbook, from the notes.ini emitter's changes: the settings as a notes.ini
 * fragment (the emitter's own bytes), BTCal in ServerTasks, and the same as console commands (the
 * console commands emitter's, of the same notes.ini emitter), with the restart for a server where
 * BTCal already runs; {@code show tasks} and the install command go to the license step.
 */
final class DominoSteps {
  private DominoSteps() {}

  static List<RunbookStep> apply(NotesIniChanges changes, ConsoleCommands commands) {
    String fragment = changes.text();
    List<String> console = new ArrayList<>();
    for (String command : commands.commands()) {
      if (!command.startsWith(ConsoleCommands.INSTALL_LICENSE)
          && !command.equals(ConsoleCommands.SHOW_TASKS)) {
        console.add(command);
      }
    }
    List<RunbookStep> steps = new ArrayList<>();
    steps.add(
        RunbookStep.of(
            Side.DOMINO,
            "Set BTCal's notes.ini settings on every coexistence server",
            List.of(
                "Either merge these lines into the server's notes.ini and add "
                    + NotesIniChanges.TASK
                    + " to ServerTasks so that it starts with the server (coexist emit notesini"
                    + " --merge-into does both; --dry-run shows the changes first), or enter the"
                    + " console commands below, which set the same values and load the task now.",
                "The console commands do not change ServerTasks: add "
                    + NotesIniChanges.TASK
                    + " to the ServerTasks line as well, or BTCal does not start again when the"
                    + " Domino server restarts.",
                "Where BTCal may already run (show tasks lists \"BT iCal Process\"), enter "
                    + ConsoleCommands.Start.RESTART.command()
                    + " instead of "
                    + ConsoleCommands.Start.LOAD.command()
                    + ": BTCal then reads the new settings, and no second BTCal starts (coexist"
                    + " emit console --btcal-running writes the commands that way)."),
            List.of(
                new CodeSample("ini", "notes.ini lines:", fragment),
                new CodeSample("text", "or at the Domino console:", String.join("\n", console)))));
    return steps;
  }

  /** The install command of the plan's license among the console commands, if any. */
  static Optional<String> installCommand(ConsoleCommands commands) {
    return commands.commands().stream()
        .filter(c -> c.startsWith(ConsoleCommands.INSTALL_LICENSE))
        .findFirst();
  }

  /** The keys the plan writes, for the rollback. */
  static List<String> keys(NotesIniChanges changes) {
    List<String> keys = new ArrayList<>();
    for (IniSetting setting : changes.settings()) {
      keys.add(setting.key());
    }
    return keys;
  }

  static RunbookStep rollback(NotesIniChanges changes) {
    return RunbookStep.of(
        Side.DOMINO,
        "Stop BTCal and remove its settings",
        List.of(
            "Stop the task, remove "
                + NotesIniChanges.TASK
                + " from ServerTasks and delete the BTCal lines this plan wrote ("
                + String.join(", ", keys(changes))
                + ") from notes.ini; Domino reads notes.ini again when it restarts."),
        List.of(CodeSample.of("text", "tell BTCal quit")));
  }
}
