package io.github.coexist.powershell;

import java.util.ArrayList;
import java.util.List;

/**
 * A test tokenizer for one line of PowerShell in command mode, after PowerShell's own rules
 * (tokenizer.cs): single-quoted strings end at any of the five single-quote characters and read two
 * in a row as the second one; a dash (hyphen-minus, en dash, em dash, horizontal bar) followed by a
 * letter starts a parameter, which a colon may end; {@code $} starts a variable; {@code #} outside
 * a string starts a comment; {@code ('a' + [char]0x00FC)} is read as the one string it makes (the
 * form of non-ASCII text in a script without a BOM). Enough to prove what an emitted line means
 * without PowerShell.
 */
final class PsTokenizer {
  enum Type {
    WORD,
    PARAMETER,
    QUOTED,
    DOUBLE_QUOTED,
    VARIABLE,
    COMMA,
    OPERATOR,
    COMMENT
  }

  record Token(Type type, String text, boolean colon) {
    @Override
    public String toString() {
      return type + "(" + text + (colon ? ":" : "") + ")";
    }
  }

  private final String line;
  private int at;

  private PsTokenizer(String line) {
    this.line = line;
  }

  static List<Token> tokenize(String line) {
    return new PsTokenizer(line).all();
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
        at++;
      }
      if (at >= line.length()) {
        return tokens;
      }
      char c = line.charAt(at);
      if (PsText.isSingleQuote(c)) {
        tokens.add(new Token(Type.QUOTED, singleQuoted(), false));
      } else if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') {
        tokens.add(new Token(Type.DOUBLE_QUOTED, line.substring(at), false));
        at = line.length();
      } else if (c == '#') {
        tokens.add(new Token(Type.COMMENT, line.substring(at + 1), false));
        at = line.length();
      } else if (isDash(c) && at + 1 < line.length() && Character.isLetter(line.charAt(at + 1))) {
        int start = ++at;
        while (at < line.length() && " \t:,)}".indexOf(line.charAt(at)) < 0) {
          at++;
        }
        String name = line.substring(start, at);
        boolean colon = at < line.length() && line.charAt(at) == ':';
        if (colon) {
          at++;
        }
        tokens.add(new Token(Type.PARAMETER, name, colon));
      } else if (c == '$') {
        int start = ++at;
        while (at < line.length()
            && (Character.isLetterOrDigit(line.charAt(at)) || line.charAt(at) == '_')) {
          at++;
        }
        tokens.add(new Token(Type.VARIABLE, line.substring(start, at), false));
      } else if (c == ',') {
        at++;
        tokens.add(new Token(Type.COMMA, ",", false));
      } else if (c == '@' && at + 1 < line.length() && line.charAt(at + 1) == '(') {
        at += 2;
        tokens.add(new Token(Type.OPERATOR, "@(", false));
      } else if (c == '(' && concatenation() != null) {
        tokens.add(new Token(Type.QUOTED, concatenation(), false));
        at = concatenationEnd;
      } else if ("(){}|;.".indexOf(c) >= 0) {
        at++;
        tokens.add(new Token(Type.OPERATOR, String.valueOf(c), false));
      } else {
        int start = at;
        while (at < line.length() && " \t,(){}|;".indexOf(line.charAt(at)) < 0) {
          if (PsText.isSingleQuote(line.charAt(at)) || line.charAt(at) == '"') {
            throw new IllegalStateException("quote inside a bare word: " + line);
          }
          at++;
        }
        tokens.add(new Token(Type.WORD, line.substring(start, at), false));
      }
    }
  }

  private int concatenationEnd;

  /**
   * The value of {@code ('a' + [char]0x00FC + 'b')} at {@code at}, the form a script without a BOM
   * writes non-ASCII text in (AsciiLiterals): single-quoted literals and {@code [char]} casts of
   * four hex digits joined by {@code +}; null when the parenthesis starts anything else. The index
   * after it is left in {@link #concatenationEnd}.
   */
  private String concatenation() {
    int saved = at;
    try {
      at++;
      StringBuilder value = new StringBuilder();
      while (true) {
        if (PsText.isSingleQuote(line.charAt(at))) {
          value.append(singleQuoted());
        } else if (line.startsWith("[char]0x", at)) {
          String hex = line.substring(at + 8, at + 12);
          if (!hex.matches("[0-9A-F]{4}")) {
            return null;
          }
          value.append((char) Integer.parseInt(hex, 16));
          at += 12;
        } else {
          return null;
        }
        if (line.startsWith(" + ", at)) {
          at += 3;
        } else if (line.charAt(at) == ')') {
          concatenationEnd = at + 1;
          return value.toString();
        } else {
          return null;
        }
      }
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      return null;
    } finally {
      at = saved;
    }
  }

  /** PowerShell's ScanStringLiteral: a quote not followed by a quote ends the string. */
  private String singleQuoted() {
    at++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (at >= line.length()) {
        throw new IllegalStateException("unterminated string: " + line);
      }
      char c = line.charAt(at++);
      if (PsText.isSingleQuote(c)) {
        if (at >= line.length() || !PsText.isSingleQuote(line.charAt(at))) {
          return value.toString();
        }
        c = line.charAt(at++);
      }
      value.append(c);
    }
  }
}
