package io.github.coexist.notesini;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Writes values into one-line messages and summaries so that nothing in them is invisible. */
final class Escapes {
  private Escapes() {}

  /**
   * {@code bytes} as printable ASCII in double quotes: {@code "} and {@code \} are escaped, and
   * every byte outside U+0020..U+007E is written {@code \xNN}. Byte-exact whatever the charset.
   */
  static String quoteBytes(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length + 2).append('"');
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append((char) c);
      } else {
        out.append(String.format(Locale.ROOT, "\\x%02X", c));
      }
    }
    return out.append('"').toString();
  }

  /**
   * {@code text} in double quotes: {@code "} and {@code \} are escaped, and every UTF-16 unit
   * outside U+0020..U+007E is written as {@code \}{@code uXXXX}.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return out.append('"').toString();
  }

  /** {@code U+XXXX}. */
  static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  /** One byte per char (ISO-8859-1): lossless, so a key's bytes can be compared as a String. */
  static String latin1(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
