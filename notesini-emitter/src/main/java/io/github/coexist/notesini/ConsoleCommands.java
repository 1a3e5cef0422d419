package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import java.nio.charset.Charset;

/**
 * Domino server console commands that apply a plan's BTCal settings without editing notes.ini by
 * hand: {@code set config KEY=value} per setting, {@code load BTCal}, and {@code tell btcal install
 * license <path>} when the plan has a license with a server path (the guide's section 8: after
 * BTPROCESSDOMAIN is set, with BTCal running).
 *
 * <p>Limits, because the documentation is silent: HCL's Set Configuration page shows spaces around
 * {@code =}, so the console trims them and a value cannot start or end with one (coexist refuses
 * such values everywhere); how the console treats double quotes is not documented, so a value with
 * {@code "} is refused here (merge it into notes.ini instead). No console command adds a task to
 * {@code ServerTasks} without rewriting the whole list, so BTCal is only loaded, not added to the
 * tasks started with the server; where BTCal already runs, {@code tell BTCal restart} makes it read
 * the new settings instead of {@code load BTCal}.
 *
 * <pre>{@code
 * String text = changes.consoleCommands().text();
 * // set config BTEXCHANGEDOMAIN=Exchange
 * // set config BTEXCHANGEDB=btexchange.box
 * // load BTCal
 * }</pre>
 */
public final class ConsoleCommands {
  private final ImmutableList<String> commands;
  private final NotesIniFormat format;

  ConsoleCommands(ImmutableList<String> commands, NotesIniFormat format) {
    this.commands = commands;
    this.format = format;
  }

  /** The commands, one per element, in the order to type them. */
  public ImmutableList<String> commands() {
    return commands;
  }

  /** The commands, each followed by the format's line break. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (String command : commands) {
      out.append(command).append(format.lineBreak().text());
    }
    return out.toString();
  }

  /** {@link #text()} in the format's charset, the one the values were checked against. */
  public byte[] toBytes() {
    Charset charset = format.charset();
    return text().getBytes(charset);
  }

  @Override
  public String toString() {
    return text();
  }
}
