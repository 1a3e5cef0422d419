package io.github.coexist.notesini;

/** The syntax of the keys coexist writes. */
final class Keys {
  private Keys() {}

  /**
   * Whether {@code key} has only ASCII letters, digits, {@code _} and {@code $} (the characters of
   * Domino's own keys, {@code $} for user variables) and at least one of them.
   */
  static boolean isValid(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '$';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
