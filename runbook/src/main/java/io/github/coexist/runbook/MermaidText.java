package io.github.coexist.runbook;

/**
 * Makes text inert in a quoted Mermaid label ({@code id["label"]}, {@code -->|"label"|}). Mermaid
 * reads {@code #name;} and {@code #123;} as entity codes inside labels, so every character outside
 * a small safe set (letters, digits, space and {@code . , : / @ _ - ( )}, which mean nothing inside
 * quotes) is written as its decimal entity: quotes, brackets, pipes, {@code #}, {@code ;},
 * backticks and markup cannot end the label, open a link or inject a directive. Line breaks and
 * other hidden characters become U+FFFD (the replacement character) so that a label stays one
 * visible line.
 */
final class MermaidText {
  private MermaidText() {}

  /** The label text to put between double quotes. */
  static String label(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSafe(cp)) {
        out.appendCodePoint(cp);
      } else if (MarkdownText.isHidden(cp)) {
        out.append("#65533;");
      } else {
        out.append('#').append(cp).append(';');
      }
    }
    return out.toString();
  }

  private static boolean isSafe(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == ' '
        || cp == '.'
        || cp == ','
        || cp == ':'
        || cp == '/'
        || cp == '@'
        || cp == '_'
        || cp == '-'
        || cp == '('
        || cp == ')';
  }
}
