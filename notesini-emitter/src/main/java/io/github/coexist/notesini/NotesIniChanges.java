package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.text.UnsafeText;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan asks of notes.ini, structured before it is rendered: the BTCal settings in order, the
 * task to add to {@code ServerTasks}, the license to install, and findings. Every value has been
 * checked and encoded in the {@link NotesIniFormat}, so rendering cannot fail for a value. Three
 * renderings: {@link #fragment()}, {@link #mergeInto(NotesIniDocument)} and {@link
 * #consoleCommands()}.
 *
 * <pre>{@code
 * NotesIniChanges changes = NotesIniEmitter.standard().emit(validPlan);
 * byte[] fragment = changes.fragment();                      // KEY=value lines
 * MergeResult merged = changes.mergeInto(NotesIniDocument.parse(bytes));
 * String console = changes.consoleCommands().text();
 * }</pre>
 */
public final class NotesIniChanges {
  /** The task BTCal runs as (its binary is nBTCal on Windows); added to ServerTasks. */
  public static final String TASK = "BTCal";

  private final NotesIniFormat format;
  private final ImmutableList<IniSetting> settings;
  private final ImmutableList<byte[]> encoded;
  private final Optional<String> licensePath;
  private final ImmutableList<IniFinding> findings;

  NotesIniChanges(
      NotesIniFormat format,
      List<IniSetting> settings,
      Optional<String> licensePath,
      List<IniFinding> findings) {
    this.format = Objects.requireNonNull(format, "format");
    this.settings = ImmutableList.copyOf(settings);
    Set<String> seen = new HashSet<>();
    ImmutableList.Builder<byte[]> bytes = ImmutableList.builder();
    for (IniSetting setting : this.settings) {
      if (!seen.add(com.google.common.base.Ascii.toLowerCase(setting.key()))) {
        throw new IllegalArgumentException("setting " + setting.key() + " is given twice");
      }
      bytes.add(format.encode(setting));
    }
    this.encoded = bytes.build();
    this.licensePath = licensePath;
    this.findings = ImmutableList.copyOf(findings);
  }

  /**
   * Changes that write {@code settings} (in this order) and add BTCal to ServerTasks, without a
   * license.
   *
   * @throws UnsafeSettingException when a value cannot be encoded in {@code format}'s charset or is
   *     too long
   */
  public static NotesIniChanges of(NotesIniFormat format, List<IniSetting> settings) {
    return new NotesIniChanges(format, settings, Optional.empty(), List.of());
  }

  /** The charset and line break everything is written in. */
  public NotesIniFormat format() {
    return format;
  }

  /** The settings, in the order they are written. */
  public ImmutableList<IniSetting> settings() {
    return settings;
  }

  /** The value of setting {@code index} in the format's charset. */
  byte[] encodedValue(int index) {
    return encoded.get(index);
  }

  /** Where the license file lies on the Domino server, when the plan has one with a path. */
  public Optional<String> licensePath() {
    return licensePath;
  }

  /**
   * Findings of the emission: required keys the plan does not set, undocumented values written, and
   * about the license.
   */
  public ImmutableList<IniFinding> findings() {
    return findings;
  }

  /**
   * {@code KEY=value} lines to paste into notes.ini, each ending with the format's line break. It
   * does not touch {@code ServerTasks} (the fragment cannot know the list); add {@value #TASK} to
   * it by hand, or use {@link #mergeInto(NotesIniDocument)}.
   */
  public byte[] fragment() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] lineBreak = format.lineBreak().bytes();
    for (int i = 0; i < settings.size(); i++) {
      out.writeBytes(settings.get(i).key().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.write('=');
      out.writeBytes(encoded.get(i));
      out.writeBytes(lineBreak);
    }
    return out.toByteArray();
  }

  /**
   * The settings merged into {@code existing}: the first occurrence of each key updated in place,
   * missing keys appended, {@value #TASK} added to the first {@code ServerTasks} line once, a final
   * line break added when missing; every other byte kept. Merging the result again changes nothing.
   *
   * @throws UnsafeSettingException when ServerTasks would exceed 255 bytes with BTCal added
   * @throws UnmergeableFileException when {@code existing} has a CR that ends no line, a NUL byte
   *     or a UTF-16 byte order mark: bytes a merge would lose or garble
   */
  public MergeResult mergeInto(NotesIniDocument existing) {
    return Merge.merge(existing, this);
  }

  /**
   * The console form for a server where BTCal does not run yet ({@code load BTCal}).
   *
   * @throws UnsafeSettingException for a value the console cannot carry (a double quote)
   */
  public ConsoleCommands consoleCommands() {
    return consoleCommands(ConsoleCommands.Start.LOAD);
  }

  /**
   * The console form: the settings, BTCal started as {@code start} says, and, with a license path,
   * {@code show tasks} and the install command.
   *
   * @throws UnsafeSettingException for a value the console cannot carry (a double quote)
   */
  public ConsoleCommands consoleCommands(ConsoleCommands.Start start) {
    Objects.requireNonNull(start, "start");
    ImmutableList.Builder<String> commands = ImmutableList.builder();
    for (IniSetting setting : settings) {
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
    licensePath.ifPresent(
        path -> {
          commands.add(ConsoleCommands.SHOW_TASKS);
          commands.add("tell btcal install license " + path);
        });
    return new ConsoleCommands(commands.build(), format);
  }
}
