package io.github.coexist.powershell;

import java.util.Locale;

/**
 * Rewrites rendered script text so that every character is ASCII, for a file written without a byte
 * order mark.
 *
 * <p>Windows PowerShell 5.1 reads a script without a BOM in the system's ANSI code page (Windows
 * 1252 in Western Europe and the Americas). The UTF-8 bytes of a non-ASCII character then decode as
 * other characters, and some of them are quotes to PowerShell's tokenizer: {@code Â} is C3 82, and
 * 0x82 is {@code ‚} (U+201A) in Windows-1252, so {@code 'CÂ;Start-Process calc;Â'} becomes {@code
 * 'CÃ‚;Start-Process calc;Ã‚'}, a string that ends after {@code CÃ} followed by a command. About
 * Character Encoding:
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding
 * (Windows PowerShell "defaults to ... the active ANSI code page" for files without a BOM).
 *
 * <p>A single-quoted literal with non-ASCII characters becomes a parenthesised concatenation of
 * ASCII literals and {@code [char]0xNNNN} casts, which PowerShell evaluates to the same string in
 * every place a literal stands in an emitted script (an argument, a list element, an operand, a
 * method argument):
 *
 * <pre>{@code
 * 'Zürich'   ->   ('Z' + [char]0x00FC + 'rich')
 * }</pre>
 *
 * <p>A comment's non-ASCII characters are written as {@code [U+00FC]}: comments are for people and
 * are never executed. The rendered text has no other non-ASCII characters (cmdlet, parameter and
 * variable names are ASCII); one found there is a defect, reported as an {@link AssertionError}.
 */
final class AsciiLiterals {
  private AsciiLiterals() {}

  /** {@code text} (whole lines of a rendered script) with only ASCII characters. */
  static String rewrite(String text) {
    if (isAscii(text, 0, text.length())) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (PsText.isSingleQuote(c)) {
        at = literal(text, at, out);
      } else if (c == '#') {
        at = comment(text, at, out);
      } else if (c < 0x80) {
        out.append(c);
        at++;
      } else {
        throw new AssertionError(
            "non-ASCII character " + code(c) + " outside a literal or comment at index " + at);
      }
    }
    return out.toString();
  }

  /** Copies or rewrites the literal starting at {@code start}; returns the index after it. */
  private static int literal(String text, int start, StringBuilder out) {
    StringBuilder value = new StringBuilder();
    int at = start + 1;
    while (true) {
      char c = text.charAt(at++); // literals never span lines, and a rendered line ends them
      if (PsText.isSingleQuote(c)) {
        if (at >= text.length() || !PsText.isSingleQuote(text.charAt(at))) {
          break;
        }
        c = text.charAt(at++);
      }
      value.append(c);
    }
    if (isAscii(text, start, at)) {
      out.append(text, start, at);
      return at;
    }
    out.append("('");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        out.append(c == '\'' ? "''" : String.valueOf(c));
      } else {
        out.append("' + [char]0x").append(hex(c)).append(" + '");
      }
    }
    out.append("')");
    return at;
  }

  /** Copies a comment to the end of its line, each non-ASCII character as {@code [U+NNNN]}. */
  private static int comment(String text, int start, StringBuilder out) {
    int at = start;
    while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
      int cp = text.codePointAt(at);
      if (cp < 0x80) {
        out.append((char) cp);
      } else {
        out.append('[').append(code(cp)).append(']');
      }
      at += Character.charCount(cp);
    }
    return at;
  }

  private static boolean isAscii(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String hex(char c) {
    return String.format(Locale.ROOT, "%04X", (int) c);
  }

  private static String code(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }
}
