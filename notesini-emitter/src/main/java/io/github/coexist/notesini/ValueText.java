package io.github.coexist.notesini;

import io.github.coexist.core.text.UnsafeText;

/**
 * What a notes.ini value written by coexist may hold, charset aside: no character of {@link
 * UnsafeText#invisible()}, not empty, no space at either end. Where a value may also be typed at
 * the console, {@link UnsafeText#notesIniConsoleValue()} adds the double quote.
 */
final class ValueText {
  private ValueText() {}

  /** Why {@code value} cannot be written into notes.ini, or null when it can. */
  static String problem(String value) {
    return problem(value, "value", "notes.ini line");
  }

  /**
   * Why {@code value} cannot be written, or null when it can; {@code what} names the text in the
   * message ("value", "path"), {@code line} what a line break would start ("notes.ini line",
   * "console command").
   */
  static String problem(String value, String what, String line) {
    if (value.isEmpty()) {
      return what
          + " must not be empty (leave the setting out of the plan to keep the file's value)";
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      String why = problem(cp, what, line);
      if (why != null) {
        return why;
      }
      i += Character.charCount(cp);
    }
    if (UnsafeText.hasEdgeSpace(value)) {
      // Invisible in a file, and set config trims around '=' (H-SET's example has spaces there).
      return what + " must not start or end with a space";
    }
    return null;
  }

  /**
   * Why {@code cp} cannot be in a value, or null: a character of {@link UnsafeText#invisible()},
   * the set validation refuses too (COEX-DOM-011), named by what it would do.
   */
  private static String problem(int cp, String what, String line) {
    if (!UnsafeText.invisible().matches(cp)) {
      return null;
    }
    if (cp == 0) {
      return what + " must not contain NUL (U+0000): Domino reads values as C strings";
    }
    if (UnsafeText.lineBreaks().matches(cp) && cp != 0x0B && cp != 0x0C) {
      return what
          + " must not contain a line break ("
          + UnsafeText.codePoint(cp)
          + "): it would start a new "
          + line;
    }
    if (UnsafeText.controls().matches(cp)) {
      return what + " must not contain the control character " + UnsafeText.codePoint(cp);
    }
    if (UnsafeText.loneSurrogates().matches(cp)) {
      return what + " must not contain a lone surrogate " + UnsafeText.codePoint(cp);
    }
    return what + " must not contain the invisible character " + UnsafeText.codePoint(cp);
  }
}
