package io.github.coexist.notesini;

import io.github.coexist.core.CoexistException;

/**
 * A notes.ini the merge refuses to change because its bytes are not the single-byte text with LF or
 * CRLF line ends that Domino reads: a carriage return that ends no line (the file was written with
 * classic Mac line ends, or a CR was doubled), a NUL byte or a UTF-16/UTF-32 byte order mark (the
 * file is UTF-16 or binary). Merging into such a file would replace bytes that a person reads as
 * other lines, or append ASCII lines to UTF-16 text; the file must be converted first.
 *
 * <pre>{@code
 * notes.ini:1: carriage return (0x0D) at column 20 ends no line: ...
 * }</pre>
 */
public final class UnmergeableFileException extends CoexistException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String reason;

  UnmergeableFileException(int line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
    this.reason = reason;
  }

  /** The 1-based line of the first offending byte, counting LF-terminated lines. */
  public int line() {
    return line;
  }

  /** What is wrong and what to do, one line. */
  public String reason() {
    return reason;
  }

  /** {@code source:line: reason}, the form of compiler messages. */
  public String format(String source) {
    return source + ":" + line + ": " + reason;
  }
}
