package io.github.coexist.runbook;

import java.util.Locale;

/**
 * Makes text inert in Markdown (CommonMark and GitHub Flavored Markdown). Plan values such as
 * connector names and domino settings are user text: a {@code *}, {@code [x](y)}, {@code <img>},
 * {@code |} or backtick in them must show as itself, never format, link, embed HTML or break a
 * table.
 */
final class MarkdownText {
  /** ASCII punctuation that can start or end Markdown syntax inside a line (GFM included). */
  private static final String ESCAPED = "\\`*_{}[]()#+-.!|~$";

  private MarkdownText() {}

  /**
   * {@code text} as inline Markdown that renders as exactly {@code text}: punctuation with a
   * meaning is backslash-escaped, {@code < > &} become character references, and characters that
   * would break or hide the line (line breaks, NUL and other controls, format characters such as
   * U+200F) are shown as {@code U+XXXX} instead (its {@code +} escaped).
   */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80 && ESCAPED.indexOf(cp) >= 0) {
        out.append('\\').append((char) cp);
      } else if (cp == '<') {
        out.append("&lt;");
      } else if (cp == '>') {
        out.append("&gt;");
      } else if (cp == '&') {
        out.append("&amp;");
      } else if (isHidden(cp)) {
        out.append(String.format(Locale.ROOT, "U\\+%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * A fenced code block whose fence is longer than any run of backticks in {@code text}, so the
   * content cannot close it; the content is otherwise verbatim.
   */
  static String fence(String language, String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    String body = text.endsWith("\n") ? text : text + "\n";
    return fence + language + "\n" + body + fence + "\n";
  }

  /** Control characters, line and paragraph separators, format characters, lone surrogates. */
  static boolean isHidden(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE;
  }
}
