package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Artifact;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Domino server console commands that apply a plan's BTCal settings without editing notes.ini by
 * hand, in the guide's order (section 8): {@code set config KEY=value} per setting, BTPROCESSDOMAIN
 * among them; then BTCal started ({@code load BTCal}) or, where it may already run, restarted
 * ({@code tell BTCal restart}, so that it reads the new settings and no second BTCal starts); and
 * when the plan has a license with a server path, {@code show tasks} (BTCal is up when it lists "BT
 * iCal Process") followed by {@code tell btcal install license <path>}: the license is applied only
 * to a running BTCal whose BTPROCESSDOMAIN is set.
 *
 * <p>Limits, because the documentation is silent: HCL's Set Configuration page shows spaces around
 * {@code =}, so the console trims them and a value cannot start or end with one (coexist refuses
 * such values everywhere); how the console treats double quotes is not documented, so a value with
 * {@code "} is refused here (merge it into notes.ini instead). No console command adds a task to
 * {@code ServerTasks} without rewriting the whole list, so BTCal is only loaded, not added to the
 * tasks started with the server: ServerTasks must also name BTCal (merge the notes.ini, or edit the
 * line), or BTCal does not start again when the server restarts.
 *
 * <p>{@link ConsoleCommandsEmitter} makes them; they write themselves in the notes.ini format's
 * charset and line break ({@link #writeTo(OutputStream)}).
 *
 * <pre>{@code
 * String text = ConsoleCommandsEmitter.standard().emit(validPlan).text();
 * // set config BTEXCHANGEDOMAIN=Exchange
 * // set config BTEXCHANGEDB=btexchange.box
 * // load BTCal
 * ConsoleCommandsEmitter running =
 *     ConsoleCommandsEmitter.builder().start(ConsoleCommands.Start.RESTART).build();
 * // ... tell BTCal restart
 * }</pre>
 */
public final class ConsoleCommands implements Artifact {
  /** How the commands start BTCal with the new settings. */
  public enum Start {
    /** BTCal does not run yet: {@code load BTCal}. */
    LOAD("load " + NotesIniChanges.TASK),
    /**
     * BTCal may already run: {@code tell BTCal restart}, which makes it read the settings again; a
     * second {@code load BTCal} would start a second BTCal.
     */
    RESTART("tell " + NotesIniChanges.TASK + " restart");

    private final String command;

    Start(String command) {
      this.command = command;
    }

    /** The console command. */
    public String command() {
      return command;
    }
  }

  /** Shows the server's tasks; BTCal is up when it lists "BT iCal Process". */
  public static final String SHOW_TASKS = "show tasks";

  /** The start of the command that installs the license file named after it (section 8). */
  public static final String INSTALL_LICENSE = "tell btcal install license ";

  private final ImmutableList<String> commands;
  private final NotesIniFormat format;
  private final ImmutableList<IniFinding> findings;

  ConsoleCommands(
      ImmutableList<String> commands, NotesIniFormat format, ImmutableList<IniFinding> findings) {
    this.commands = commands;
    this.format = format;
    this.findings = findings;
  }

  /** The commands, one per element, in the order to type them. */
  public ImmutableList<String> commands() {
    return commands;
  }

  /**
   * The notes.ini emission's findings (required keys the plan does not set, undocumented values,
   * the license): the same as {@link NotesIniChanges#findings()} of the settings the commands set.
   */
  public ImmutableList<IniFinding> findings() {
    return findings;
  }

  /** The commands, each followed by the format's line break. */
  @Override
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    for (String command : commands) {
      out.append(command).append(format.lineBreak().text());
    }
  }

  /**
   * The format's charset, the one the values were checked against: {@link #writeTo(OutputStream)}
   * writes the commands in it.
   */
  @Override
  public Charset charset() {
    return format.charset();
  }

  @Override
  public String toString() {
    return text();
  }
}
