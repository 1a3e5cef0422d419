package io.github.coexist.core.value;

import io.github.coexist.core.text.UnsafeText;
import java.util.Locale;

/** Helpers shared by the parsers of this package: trimming, escaping and describing characters. */
final class Texts {
  private Texts() {}

  /** Removes leading and trailing U+0020 spaces only; other whitespace stays and is refused. */
  static String stripSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Escapes {@code text} for a one-line message: {@code \n \r \t \0}, {@code \\} and {@code \"} by
   * name; the rest of {@link UnsafeText#escapedInMessages()} (other controls, U+2028/U+2029, format
   * characters, lone surrogates) as {@code \}{@code uXXXX}.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\0' -> out.append("\\0");
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = text.codePointAt(i);
            if (needsUnicodeEscape(cp)) {
              out.append(unicodeEscape(c)).append(unicodeEscape(text.charAt(i + 1)));
            } else {
              out.appendCodePoint(cp);
            }
            i++;
          } else if (Character.isSurrogate(c) || needsUnicodeEscape(c)) {
            out.append(unicodeEscape(c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean needsUnicodeEscape(int cp) {
    return UnsafeText.escapedInMessages().matches(cp);
  }

  private static String unicodeEscape(char c) {
    return String.format(Locale.ROOT, "\\u%04X", (int) c);
  }

  /**
   * Names one character for a reason text: printable ASCII as {@code 'c'} (the apostrophe
   * excepted), anything else as {@code U+XXXX}, so the reason never needs escaping.
   */
  static String describe(int codePoint) {
    if (codePoint > 0x20 && codePoint < 0x7F && codePoint != '\'') {
      return "'" + (char) codePoint + "'";
    }
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /** Quotes a fragment of the input for a reason text, escaped like the value itself. */
  static String quote(String fragment) {
    return "\"" + escape(fragment) + "\"";
  }

  static boolean isAsciiDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The first character of {@code text} that is not printable ASCII (U+0020..U+007E) or is one of
   * {@code forbidden}, or -1.
   */
  static int firstOutside(String text, String forbidden) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp < 0x20 || cp > 0x7E || forbidden.indexOf(cp) >= 0) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }
}
