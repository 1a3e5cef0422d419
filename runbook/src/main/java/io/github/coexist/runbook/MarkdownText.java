package io.github.coexist.runbook;

import io.github.coexist.core.text.UnsafeText;
import java.util.Locale;

/**
 * Makes text inert in Markdown (CommonMark and GitHub Flavored Markdown). Plan values such as
 * connector names and domino settings are user text: a {@code *}, {@code [x](y)}, {@code <img>},
 * {@code |} or backtick in them must show as itself, never format, link, embed HTML or break a
 * table. Only what would change the meaning is escaped, so {@code domino.contoso.com} or {@code
 * Connector (Domino)} stay readable in the Markdown source and in diffs.
 */
final class MarkdownText {
  /**
   * ASCII punctuation that has a meaning anywhere in a line: code spans, emphasis, link and image
   * brackets (with {@code [} and {@code ]} escaped, {@code (}, {@code )} and {@code !} cannot form
   * a link or image), table cells, GFM strikethrough, GitHub's math ({@code $}) and the escape
   * character itself.
   */
  private static final String ESCAPED = "\\`*_[]|~$";

  /**
   * Punctuation that has a meaning only where a block starts (list bullets, headings, setext
   * underlines, thematic breaks). Inline text never holds a line break, so the only possible block
   * start is its first character: the caller may put the text at the start of a line or of a list
   * item.
   */
  private static final String ESCAPED_AT_START = "#+-=";

  private MarkdownText() {}

  /**
   * {@code text} as inline Markdown that renders as exactly {@code text}: punctuation with a
   * meaning is backslash-escaped, {@code < > &} become character references, and characters that
   * would break or hide the line (line breaks, NUL and other controls, format characters such as
   * U+200F) are shown as {@code U+XXXX} instead.
   */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int listMarker = orderedListMarker(text);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean escaped =
          cp < 0x80 && ESCAPED.indexOf(cp) >= 0
              || i == 0 && ESCAPED_AT_START.indexOf(cp) >= 0
              || i == listMarker;
      i += Character.charCount(cp);
      if (escaped) {
        out.append('\\').append((char) cp);
      } else if (cp == '<') {
        out.append("&lt;");
      } else if (cp == '>') {
        out.append("&gt;");
      } else if (cp == '&') {
        out.append("&amp;");
      } else if (isHidden(cp)) {
        out.append(String.format(Locale.ROOT, "U+%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * The index of the {@code .} or {@code )} that would make {@code text} an ordered list item
   * ({@code 1. }, {@code 10) }) when it starts a line, or -1: up to nine digits, then the marker,
   * then a space, a tab or the end (so {@code 10.1.1.1} stays as it is).
   */
  private static int orderedListMarker(String text) {
    int digits = 0;
    while (digits < text.length() && digits < 10 && isAsciiDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 9 || digits == text.length()) {
      return -1;
    }
    char marker = text.charAt(digits);
    boolean ends = digits + 1 == text.length() || " \t".indexOf(text.charAt(digits + 1)) >= 0;
    return (marker == '.' || marker == ')') && ends ? digits : -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
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

  /** {@link UnsafeText#escapedInMessages()}: shown as {@code U+XXXX}, never written as is. */
  static boolean isHidden(int cp) {
    return UnsafeText.escapedInMessages().matches(cp);
  }
}
