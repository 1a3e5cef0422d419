package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.ValidatedPlan;
import java.util.Objects;

/**
 * Emits the Domino server console commands that apply a validated plan's BTCal settings ({@link
 * ConsoleCommands}): the settings its {@link NotesIniEmitter} writes, as {@code set config} lines,
 * then BTCal started as {@link ConsoleCommands.Start} says, then, with a license path, {@code show
 * tasks} and the install command.
 *
 * <p>The console commands are an emitter of their own, not an option of {@link NotesIniEmitter},
 * because they are an artifact of their own (another text, another choice: how BTCal starts), and
 * an emitter makes one kind of artifact. The notes.ini emitter it is given decides the charset and
 * line break, so the commands carry exactly the values the notes.ini would.
 *
 * <pre>{@code
 * ConsoleCommands load = ConsoleCommandsEmitter.standard().emit(validPlan);
 * ConsoleCommands restart =
 *     ConsoleCommandsEmitter.builder().start(ConsoleCommands.Start.RESTART).build().emit(validPlan);
 * String text = restart.text(); // set config ...=..., tell BTCal restart
 * }</pre>
 */
public final class ConsoleCommandsEmitter implements Emitter<ConsoleCommands> {
  private static final ConsoleCommandsEmitter STANDARD = builder().build();

  private final NotesIniEmitter notesIni;
  private final ConsoleCommands.Start start;

  private ConsoleCommandsEmitter(NotesIniEmitter notesIni, ConsoleCommands.Start start) {
    this.notesIni = notesIni;
    this.start = start;
  }

  /**
   * Commands for a server where BTCal does not run yet ({@code load BTCal}), with {@link
   * NotesIniEmitter#standard()}'s settings.
   */
  public static ConsoleCommandsEmitter standard() {
    return STANDARD;
  }

  /** A builder starting from {@link #standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses a {@link ConsoleCommandsEmitter}'s notes.ini emitter and how BTCal starts. */
  public static final class Builder {
    private NotesIniEmitter notesIni = NotesIniEmitter.standard();
    private ConsoleCommands.Start start = ConsoleCommands.Start.LOAD;

    private Builder() {}

    /**
     * The notes.ini emitter whose settings the commands set (its charset decides which values can
     * be written); {@link NotesIniEmitter#standard()}.
     */
    public Builder notesIni(NotesIniEmitter emitter) {
      this.notesIni = Objects.requireNonNull(emitter, "emitter");
      return this;
    }

    /** How BTCal is started with the new settings; {@link ConsoleCommands.Start#LOAD}. */
    public Builder start(ConsoleCommands.Start start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /** The emitter. */
    public ConsoleCommandsEmitter build() {
      return new ConsoleCommandsEmitter(notesIni, start);
    }
  }

  /** The notes.ini emitter whose settings the commands set. */
  public NotesIniEmitter notesIni() {
    return notesIni;
  }

  /** How the commands start BTCal. */
  public ConsoleCommands.Start start() {
    return start;
  }

  /**
   * The console commands of {@code valid}.
   *
   * @throws UnsafeSettingException naming the key and plan attribute of a value the notes.ini
   *     emitter refuses, or one the console cannot carry (a double quote)
   */
  @Override
  public ConsoleCommands emit(ValidatedPlan valid) {
    Objects.requireNonNull(valid, "valid");
    NotesIniChanges changes = notesIni.emit(valid);
    ImmutableList.Builder<String> commands = ImmutableList.builder();
    for (IniSetting setting : changes.settings()) {
      // Settings hold no invisible character (IniSetting): what the console adds is '"'.
      if (UnsafeText.notesIniConsoleValue().matchesAnyOf(setting.value())) {
        throw new UnsafeSettingException(
            setting.key(),
            setting.source(),
            "a console command cannot carry '\"' (how the Domino console treats quotes is not"
                + " documented); merge the value into notes.ini instead");
      }
      commands.add("set config " + setting.key() + "=" + setting.value());
    }
    commands.add(start.command());
    changes
        .licensePath()
        .ifPresent(
            path -> {
              commands.add(ConsoleCommands.SHOW_TASKS);
              commands.add(ConsoleCommands.INSTALL_LICENSE + path);
            });
    return new ConsoleCommands(commands.build(), changes.format(), changes.findings());
  }
}
