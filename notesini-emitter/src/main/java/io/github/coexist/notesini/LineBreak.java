package io.github.coexist.notesini;

/**
 * How a notes.ini line ends. Only LF, optionally preceded by CR, ends a line: a lone CR is part of
 * the line's content, because the C runtime Domino reads notes.ini with (text mode on Windows,
 * {@code fgets} elsewhere) does not split on it either.
 */
// The array never leaves the enum: bytes() hands out a copy.
@SuppressWarnings("ImmutableEnumChecker")
public enum LineBreak {
  /** CR LF, as Domino writes on Windows. */
  CRLF(new byte[] {'\r', '\n'}),
  /** LF alone, as Domino writes on Linux and AIX. */
  LF(new byte[] {'\n'}),
  /** No line break: only the last line of a file can end this way. */
  NONE(new byte[0]);

  private final byte[] bytes;

  LineBreak(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The bytes of this line break (empty for {@link #NONE}). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** How many bytes this line break takes. */
  public int length() {
    return bytes.length;
  }

  /** The bytes themselves, for copying; never handed out. */
  byte[] raw() {
    return bytes;
  }

  /** The text form, for writing into a {@link StringBuilder}. */
  String text() {
    return this == CRLF ? "\r\n" : this == LF ? "\n" : "";
  }
}
