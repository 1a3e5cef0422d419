package io.github.coexist.license;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a file one line at a time, as late as possible: a line is decoded (strict UTF-8) and
 * checked for forbidden characters only when the parser asks for it, so that an unsupported format
 * version is reported before anything a later version might allow.
 *
 * <p>Strictly (license files), lines end with a line feed alone and the last line must end with one
 * too. Leniently (key files, which a person may open and save on Windows), a carriage return before
 * the line feed and a missing last line feed are accepted.
 */
final class LineCursor {
  /**
   * One line: its 1-based number, its text without the line feed, and its byte offsets in the file
   * ({@code end} is the offset of the line feed, or the end of the file).
   */
  record Line(int number, String text, int start, int end) {
    TextPosition at(int charIndex) {
      return new TextPosition(number, text.codePointCount(0, charIndex) + 1);
    }
  }

  private final byte[] bytes;
  private final boolean lenient;
  private int offset;
  private int number;

  private LineCursor(byte[] bytes, boolean lenient) {
    this.bytes = bytes;
    this.lenient = lenient;
  }

  static LineCursor strict(byte[] bytes) {
    return new LineCursor(bytes, false);
  }

  static LineCursor lenient(byte[] bytes) {
    return new LineCursor(bytes, true);
  }

  boolean hasNext() {
    return offset < bytes.length;
  }

  /** The number the next line would have: where "end of file" is reported. */
  int nextNumber() {
    return number + 1;
  }

  /** The next line, or the problem that makes it unreadable. Call only when {@link #hasNext()}. */
  Outcome<Line> next() {
    int start = offset;
    int end = start;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    number++;
    offset = end + 1;
    CharBuffer text = CharBuffer.allocate(end - start);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    CoderResult result = decoder.decode(in, text, true);
    if (result.isError()) {
      text.flip();
      String decoded = text.toString();
      return malformed(
          decoded.codePointCount(0, decoded.length()) + 1,
          String.format(
              Locale.ROOT,
              "not UTF-8: byte 0x%02X cannot start or continue a character here",
              bytes[in.position()] & 0xFF));
    }
    text.flip();
    String line = text.toString();
    if (lenient && line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    Optional<Flaw> forbidden = TextRules.firstForbidden(line);
    if (forbidden.isPresent()) {
      Flaw flaw = forbidden.get();
      boolean bom = number == 1 && flaw.index() == 0 && line.charAt(0) == '\uFEFF';
      return malformed(
          line.codePointCount(0, flaw.index()) + 1,
          bom
              ? "the file starts with a byte order mark (U+FEFF); save it as UTF-8 without one"
              : flaw.message());
    }
    if (end == bytes.length && !lenient) {
      return malformed(
          line.codePointCount(0, line.length()) + 1, "the last line does not end with a line feed");
    }
    return Outcome.accepted(new Line(number, line, start, end));
  }

  private Outcome<Line> malformed(int column, String detail) {
    return Outcome.rejected(LicenseProblem.malformed(new TextPosition(number, column), detail));
  }
}
