package io.github.coexist.livestate;

import io.github.coexist.core.text.UnsafeText;

/** Text quoted for a one-line message: {@link UnsafeText#escapedInMessages()} escaped. */
final class Quote {
  private Quote() {}

  /** {@code "text"} with {@code \n}, {@code \u0000}, {@code \u202e} and the like escaped. */
  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isSurrogate(c)
          ? !validPair(text, i)
          : UnsafeText.escapedInMessages().matches(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
