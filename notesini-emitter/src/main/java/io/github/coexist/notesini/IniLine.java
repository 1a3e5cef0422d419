package io.github.coexist.notesini;

import com.google.common.base.Ascii;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a notes.ini file, kept as the bytes it was read from: its content and its {@link
 * LineBreak}. What the line means is read from the bytes without changing them:
 *
 * <ul>
 *   <li>{@link Kind#BLANK}: empty, or only spaces and tabs;
 *   <li>{@link Kind#COMMENT}: the first byte is {@code ;};
 *   <li>{@link Kind#SECTION}: the first byte is {@code [} (Domino's file starts with {@code
 *       [Notes]});
 *   <li>{@link Kind#ENTRY}: everything else with an {@code =} after at least one byte: the bytes
 *       before the first {@code =} are the key (spaces included, no trimming), the rest is the
 *       value ({@code =} and trailing spaces included);
 *   <li>{@link Kind#OTHER}: anything else, such as a line without {@code =} or with an empty key.
 * </ul>
 */
public final class IniLine {
  /** What a line is; see {@link IniLine}. */
  public enum Kind {
    /** Empty, or only spaces and tabs. */
    BLANK,
    /** Starts with {@code ;}. */
    COMMENT,
    /** Starts with {@code [}. */
    SECTION,
    /** {@code key=value}. */
    ENTRY,
    /** Anything else; kept as it is. */
    OTHER
  }

  private final byte[] content;
  private final LineBreak lineBreak;
  private final Kind kind;

  /** Index of the first {@code =} of an entry, else -1. */
  private final int separator;

  private IniLine(byte[] content, LineBreak lineBreak) {
    this.content = content;
    this.lineBreak = Objects.requireNonNull(lineBreak, "lineBreak");
    this.separator = keyEnd(content, 0, content.length);
    this.kind = classify(content, separator);
  }

  /**
   * A line from its content (without line break) and its line break.
   *
   * @throws IllegalArgumentException when the content holds an LF, which would make two lines
   */
  public static IniLine of(byte[] content, LineBreak lineBreak) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(lineBreak, "lineBreak");
    if (indexOf(content, (byte) '\n') >= 0) {
      throw new IllegalArgumentException("a line's content must not contain LF");
    }
    if (lineBreak == LineBreak.LF && content.length > 0 && content[content.length - 1] == '\r') {
      // "...\r" + LF reads back as a CRLF line: the model would not survive a round trip.
      throw new IllegalArgumentException("content ending in CR needs the CRLF line break");
    }
    return new IniLine(content.clone(), lineBreak);
  }

  /** An entry {@code key=value} with the given line break; the key is ASCII. */
  static IniLine entry(String key, byte[] value, LineBreak lineBreak) {
    byte[] keyBytes = key.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] content = new byte[keyBytes.length + 1 + value.length];
    System.arraycopy(keyBytes, 0, content, 0, keyBytes.length);
    content[keyBytes.length] = '=';
    System.arraycopy(value, 0, content, keyBytes.length + 1, value.length);
    return new IniLine(content, lineBreak);
  }

  /** Package-private: {@code content} is not copied; the parser hands over a fresh array. */
  static IniLine parsed(byte[] content, LineBreak lineBreak) {
    return new IniLine(content, lineBreak);
  }

  private static Kind classify(byte[] content, int separator) {
    if (isBlank(content)) {
      return Kind.BLANK;
    }
    if (content[0] == ';') {
      return Kind.COMMENT;
    }
    if (content[0] == '[') {
      return Kind.SECTION;
    }
    return separator >= 0 ? Kind.ENTRY : Kind.OTHER;
  }

  /**
   * Where the key of the line {@code bytes[from..to)} ends: the index of its first {@code =} when
   * the line is an {@link Kind#ENTRY}, else -1. The definition of an entry: not empty, not a
   * comment or section, and a first {@code =} after at least one byte (a line with an {@code =} is
   * never blank). {@link NotesIniDocument#parse} applies the same rule inside its one scan of the
   * file; IndexedMergePropertyTest holds the two equal.
   */
  static int keyEnd(byte[] bytes, int from, int to) {
    if (from == to) {
      return -1;
    }
    byte first = bytes[from];
    if (first == ';' || first == '[' || first == '=') {
      return -1;
    }
    return ByteScan.indexOf(bytes, (byte) '=', from + 1, to);
  }

  private static boolean isBlank(byte[] content) {
    for (byte b : content) {
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** What the line is. */
  public Kind kind() {
    return kind;
  }

  /** The bytes of the line without its line break. */
  public byte[] content() {
    return content.clone();
  }

  /** How the line ends. */
  public LineBreak lineBreak() {
    return lineBreak;
  }

  /**
   * The key of an entry, one char per byte (ISO-8859-1): exact for ASCII keys and lossless for any
   * other byte. Empty for lines that are not entries.
   */
  public Optional<String> key() {
    return kind == Kind.ENTRY
        ? Optional.of(Escapes.latin1(content, 0, separator))
        : Optional.empty();
  }

  /** The value bytes of an entry (everything after the first {@code =}); empty otherwise. */
  public Optional<byte[]> value() {
    return kind == Kind.ENTRY
        ? Optional.of(Arrays.copyOfRange(content, separator + 1, content.length))
        : Optional.empty();
  }

  /**
   * Whether this line is an entry whose key is {@code key}, ignoring ASCII case only (the Domino C
   * API documents notes.ini names as case-insensitive; no locale takes part).
   */
  public boolean hasKey(String key) {
    Objects.requireNonNull(key, "key");
    return kind == Kind.ENTRY
        && separator == key.length()
        && Ascii.equalsIgnoreCase(Escapes.latin1(content, 0, separator), key);
  }

  /** The same entry (key bytes as written in the file) with a new value; same line break. */
  IniLine withValue(byte[] value) {
    if (kind != Kind.ENTRY) {
      throw new IllegalStateException("not an entry");
    }
    byte[] updated = new byte[separator + 1 + value.length];
    System.arraycopy(content, 0, updated, 0, separator + 1);
    System.arraycopy(value, 0, updated, separator + 1, value.length);
    return new IniLine(updated, lineBreak);
  }

  /** The same content with another line break. */
  IniLine withLineBreak(LineBreak lineBreak) {
    return new IniLine(content, lineBreak);
  }

  /** The index of the {@code =} that ends the key in the content, or -1 when not an entry. */
  int separator() {
    return separator;
  }

  /** How many bytes the content takes, line break excluded. */
  int contentLength() {
    return content.length;
  }

  /** How many bytes the line takes in the file, line break included. */
  int length() {
    return content.length + lineBreak.length();
  }

  void copyInto(byte[] target, int offset) {
    System.arraycopy(content, 0, target, offset, content.length);
    byte[] end = lineBreak.raw();
    System.arraycopy(end, 0, target, offset + content.length, end.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IniLine iniLine
        && iniLine.lineBreak == lineBreak
        && Arrays.equals(iniLine.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(content) + lineBreak.hashCode();
  }

  /** The content, escaped ({@link Escapes#quoteBytes}), and the line break. */
  @Override
  public String toString() {
    return Escapes.quoteBytes(content) + " " + lineBreak;
  }
}
