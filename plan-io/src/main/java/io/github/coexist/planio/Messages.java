package io.github.coexist.planio;

import com.google.common.base.Ascii;
import io.github.coexist.core.text.UnsafeText;
import java.util.Locale;

/** Text helpers for error messages: one line, user text quoted with invisible characters shown. */
final class Messages {
  private Messages() {}

  /** Joins lines, so a message never spans several lines of a log. */
  static String oneLine(String text) {
    return text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * {@code "text"} with quotes, backslashes, controls, line separators and format characters (bidi
   * marks) escaped, so a hostile key or value cannot break or disguise the message.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (needsEscape(cp)) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                  } else {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.append('"').toString();
  }

  private static boolean needsEscape(int cp) {
    return UnsafeText.escapedInMessages().matches(cp);
  }

  /**
   * The known key closest to {@code key} (edit distance at most 2, or equal ignoring case), to
   * suggest for a typo such as {@code useMxRecrod}.
   */
  static java.util.Optional<String> closest(String key, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d =
          Ascii.equalsIgnoreCase(candidate, key)
              ? 0
              : distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= 2 ? java.util.Optional.of(best) : java.util.Optional.empty();
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent swaps, as in "rcod"/"rocd"). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
