package io.github.coexist.license;

import java.util.Locale;

/** The little JSON this module writes: string literals, escaped by RFC 8259's rules. */
final class Json {
  private Json() {}

  /** {@code "text"} with quotes, backslashes and control characters escaped. */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // U+2028 and U+2029 are valid JSON but end lines in JavaScript: escape them too.
          if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
