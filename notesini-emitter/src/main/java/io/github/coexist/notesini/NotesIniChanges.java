package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Artifact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan asks of notes.ini, structured before it is rendered: the BTCal settings in order, the
 * task to add to {@code ServerTasks}, the license to install, and findings. Every value has been
 * checked and encoded in the {@link NotesIniFormat}, so rendering cannot fail for a value. The
 * fragment is this artifact's own text and bytes ({@link #writeTo(Appendable)}, {@link
 * #writeTo(OutputStream)} in the format's charset); {@link #mergeInto(NotesIniDocument)} makes the
 * merged file, and {@link ConsoleCommandsEmitter} the same settings as console commands.
 *
 * <pre>{@code
 * NotesIniChanges changes = NotesIniEmitter.standard().emit(validPlan);
 * try (OutputStream out = Files.newOutputStream(Path.of("btcal.ini"))) {
 *   changes.writeTo(out);                                    // KEY=value lines
 * }
 * MergeResult merged = changes.mergeInto(NotesIniDocument.parse(bytes));
 * }</pre>
 */
public final class NotesIniChanges implements Artifact {
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
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(settings, "settings");
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

  /** The fragment's bytes ({@link #writeTo(OutputStream)}): each value as it was encoded. */
  @Override
  public byte[] bytes() {
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
   * The fragment's text: {@code KEY=value} lines to paste into notes.ini, each ending with the
   * format's line break. It does not touch {@code ServerTasks} (the fragment cannot know the list):
   * add {@value #TASK} to it by hand, or use {@link #mergeInto(NotesIniDocument)}.
   */
  @Override
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    for (IniSetting setting : settings) {
      out.append(setting.key())
          .append('=')
          .append(setting.value())
          .append(format.lineBreak().text());
    }
  }

  /** The fragment's bytes: the text in the format's charset, each value as encoded when checked. */
  @Override
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out").write(bytes());
    out.flush();
  }

  /** The format's charset, the one every value was checked against. */
  @Override
  public Charset charset() {
    return format.charset();
  }

  /** {@link #text()}: the fragment. */
  @Override
  public String toString() {
    return text();
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
    Objects.requireNonNull(existing, "existing");
    return Merge.merge(existing, this);
  }
}
