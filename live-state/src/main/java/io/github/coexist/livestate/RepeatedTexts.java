package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The texts of one read's tokens, a text that repeats given as the same {@code String}: a snapshot
 * repeats the same sizes, bindings, enumerations and flags in every object, and a new string per
 * value was a good part of what a read made. The table is direct-mapped and bounded: a slot holds
 * the last text that hashed to it, so a text that is seen once (an object's name) costs nothing
 * beyond its own string, and a read of any size keeps {@value #SLOTS} references at most.
 */
final class RepeatedTexts {
  private static final int SLOTS = 4096;
  private final String[] slots = new String[SLOTS];

  /** The text of the token {@code parser} is at (a value, not a field name). */
  String of(JsonParser parser) throws IOException {
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String known = slots[slot];
    if (known != null && same(known, chars, offset, length)) {
      return known;
    }
    String text = new String(chars, offset, length);
    slots[slot] = text;
    return text;
  }

  private static boolean same(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
