package io.github.coexist.powershell;

/**
 * The shapes of the names a script is built from (cmdlet, parameter, variable and type names, bare
 * words, plan paths), checked character by character rather than with regular expressions: every
 * parameter of every statement is checked when it is built, and a {@code Matcher} per call costs
 * several times these checks. Each accepts exactly the strings of the expression its Javadoc shows
 * ({@code AsciiNamesTest} compares them on generated strings).
 */
final class AsciiNames {
  private AsciiNames() {}

  /** {@code [A-Za-z][A-Za-z0-9]*}: parameter and variable names, bare words. */
  static boolean isWord(String s) {
    return wordEnd(s, 0) == s.length();
  }

  /** {@code [A-Za-z][A-Za-z0-9.]*}: a PowerShell type name such as {@code string}. */
  static boolean isTypeName(String s) {
    if (s.isEmpty() || !isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isLetter(c) && !isDigit(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Z][a-z]+-[A-Za-z0-9]+}: a cmdlet name, {@code Verb-Noun}. */
  static boolean isCmdletName(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
      return false;
    }
    int i = 1;
    while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    if (i == 1 || i == n || s.charAt(i) != '-') {
      return false;
    }
    int nounStart = ++i;
    while (i < n && (isLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
      i++;
    }
    return i == n && i > nounStart;
  }

  /**
   * {@code [A-Za-z][A-Za-z0-9]*(\[[0-9]+\]|\.[A-Za-z][A-Za-z0-9]*)*}: a plan path such as {@code
   * receiveConnectors[0].remoteIpRanges}.
   */
  static boolean isPlanPath(String s) {
    int i = wordEnd(s, 0);
    if (i < 0) {
      return false;
    }
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.') {
        i = wordEnd(s, i + 1);
        if (i < 0) {
          return false;
        }
      } else if (c == '[') {
        int digits = ++i;
        while (i < s.length() && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == digits || i == s.length() || s.charAt(i) != ']') {
          return false;
        }
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The end of the word starting at {@code start}, or -1 when no word starts there. */
  private static int wordEnd(String s, int start) {
    if (start >= s.length() || !isLetter(s.charAt(start))) {
      return -1;
    }
    int i = start + 1;
    while (i < s.length() && (isLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
