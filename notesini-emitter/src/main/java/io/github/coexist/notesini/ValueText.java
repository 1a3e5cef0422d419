package io.github.coexist.notesini;

/** What a notes.ini value written by coexist may hold, charset aside. */
final class ValueText {
  private ValueText() {}

  /** Why {@code value} cannot be written into notes.ini, or null when it can. */
  static String problem(String value) {
    return problem(value, "notes.ini line");
  }

  /**
   * Why {@code value} cannot be written, or null when it can; {@code line} names what a line break
   * would start ("notes.ini line", "console command").
   */
  static String problem(String value, String line) {
    if (value.isEmpty()) {
      return "value must not be empty (leave the setting out of the plan to keep the file's value)";
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      String why = problem(cp, line);
      if (why != null) {
        return why;
      }
      i += Character.charCount(cp);
    }
    if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
      // Invisible in a file, and set config trims around '=' (H-SET's example has spaces there).
      return "value must not start or end with a space";
    }
    return null;
  }

  private static String problem(int cp, String line) {
    switch (cp) {
      case '\r', '\n', 0x85, 0x2028, 0x2029 -> {
        return "value must not contain a line break ("
            + Escapes.codePoint(cp)
            + "): it would start a new "
            + line;
      }
      case 0 -> {
        return "value must not contain NUL (U+0000): Domino reads values as C strings";
      }
      default -> {}
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return "value must not contain the control character " + Escapes.codePoint(cp);
    }
    if (Character.getType(cp) == Character.FORMAT) {
      return "value must not contain the invisible character " + Escapes.codePoint(cp);
    }
    if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
      return "value must not contain a lone surrogate " + Escapes.codePoint(cp);
    }
    return null;
  }
}
