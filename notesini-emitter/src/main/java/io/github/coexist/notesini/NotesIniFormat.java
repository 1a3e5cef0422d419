package io.github.coexist.notesini;

import io.github.coexist.core.domino.ValueSize;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * How coexist writes notes.ini text: the charset values are encoded in, and the line break of text
 * written from scratch (a fragment, console commands, or a file that has no line break yet; a file
 * that has one keeps its own).
 *
 * <p><b>Why US-ASCII is the default.</b> No documentation states the charset of notes.ini (the
 * BTCal fact sheet, §6, lists it as practitioner knowledge: the platform's or an LMBCS-derived
 * one). ASCII bytes mean the same in every candidate — windows-1252, ISO-8859-1, UTF-8 and LMBCS
 * group 1 — and BTCal's values (domain names, file names, form names) are ASCII in the guide. A
 * value with other characters is refused, naming the key, until the plan names the charset of the
 * server ({@code domino.notesIniCharset}, which validation checks the values against, rule
 * COEX-DOM-041); then characters that charset cannot hold are refused. Only ASCII-compatible
 * charsets are accepted, so that {@code =}, CR and LF keep their bytes. The size of a value is
 * limited in LMBCS bytes, whatever the charset ({@link ValueSize}).
 *
 * <pre>{@code
 * NotesIniFormat windows = NotesIniFormat.of(Charset.forName("windows-1252"), LineBreak.CRLF);
 * }</pre>
 */
public final class NotesIniFormat {
  private static final NotesIniFormat STANDARD =
      new NotesIniFormat(StandardCharsets.US_ASCII, LineBreak.LF);

  private final Charset charset;
  private final LineBreak lineBreak;

  private NotesIniFormat(Charset charset, LineBreak lineBreak) {
    this.charset = charset;
    this.lineBreak = lineBreak;
  }

  /** US-ASCII and LF. */
  public static NotesIniFormat standard() {
    return STANDARD;
  }

  /**
   * A format.
   *
   * @throws IllegalArgumentException when the charset is not ASCII-compatible or cannot encode, or
   *     {@code lineBreak} is {@link LineBreak#NONE}
   */
  public static NotesIniFormat of(Charset charset, LineBreak lineBreak) {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(lineBreak, "lineBreak");
    if (lineBreak == LineBreak.NONE) {
      throw new IllegalArgumentException("lineBreak must be CRLF or LF");
    }
    if (!charset.canEncode() || !asciiCompatible(charset)) {
      throw new IllegalArgumentException(
          "charset "
              + charset.name()
              + " is not ASCII-compatible: notes.ini needs '=', CR and LF as single ASCII bytes");
    }
    return new NotesIniFormat(charset, lineBreak);
  }

  private static boolean asciiCompatible(Charset charset) {
    byte[] ascii = new byte[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    String text = new String(ascii, StandardCharsets.US_ASCII);
    return Arrays.equals(text.getBytes(charset), ascii);
  }

  /** The charset values are written in. */
  public Charset charset() {
    return charset;
  }

  /** The line break of text written from scratch. */
  public LineBreak lineBreak() {
    return lineBreak;
  }

  /** This format with another line break. */
  public NotesIniFormat withLineBreak(LineBreak other) {
    Objects.requireNonNull(other, "other");
    return of(charset, other);
  }

  /**
   * The value's bytes in this charset.
   *
   * @throws UnsafeSettingException when a character cannot be encoded or the value is longer than
   *     {@link ValueSize#MAX_BYTES} in LMBCS
   */
  byte[] encode(IniSetting setting) {
    return encode(setting.key(), setting.source(), setting.value());
  }

  byte[] encode(String key, String source, String value) {
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!encoder.canEncode(new String(Character.toChars(cp)))) {
        throw new UnsafeSettingException(
            key,
            source,
            "value has "
                + Escapes.codePoint(cp)
                + ", which "
                + charset.name()
                + " cannot hold (choose the charset of the server's notes.ini)");
      }
      i += Character.charCount(cp);
    }
    byte[] bytes;
    try {
      ByteBuffer buffer = encoder.reset().encode(CharBuffer.wrap(value));
      bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
    } catch (CharacterCodingException e) {
      throw new UnsafeSettingException(key, source, "value cannot be encoded in " + charset.name());
    }
    for (byte b : bytes) {
      // Defence in depth: a multi-byte charset must not smuggle a line break or NUL into the file.
      if (b == '\n' || b == '\r' || b == 0) {
        throw new UnsafeSettingException(
            key,
            source,
            "value encodes to the byte "
                + Escapes.quoteBytes(new byte[] {b})
                + " in "
                + charset.name());
      }
    }
    int size = ValueSize.bytes(value, charset);
    if (size > ValueSize.MAX_BYTES) {
      boolean ascii = value.chars().allMatch(c -> c < 0x80);
      throw tooLong(
          key,
          source,
          ascii
              ? size + " bytes"
              : "up to " + size + " bytes (in LMBCS or in " + charset.name() + ")");
    }
    return bytes;
  }

  /** For a value read from a file ({@code ServerTasks}): its bytes, which are ASCII task names. */
  static void checkLength(String key, String source, int length) {
    if (length > ValueSize.MAX_BYTES) {
      throw tooLong(key, source, length + " bytes");
    }
  }

  private static UnsafeSettingException tooLong(String key, String source, String size) {
    return new UnsafeSettingException(
        key,
        source,
        "value is "
            + size
            + "; Domino reads at most "
            + ValueSize.MAX_BYTES
            + " (MAXENVVALUE 256)");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NotesIniFormat notesIniFormat
        && notesIniFormat.charset.equals(charset)
        && notesIniFormat.lineBreak == lineBreak;
  }

  @Override
  public int hashCode() {
    return Objects.hash(charset, lineBreak);
  }

  @Override
  public String toString() {
    return charset.name() + ", " + lineBreak;
  }
}
