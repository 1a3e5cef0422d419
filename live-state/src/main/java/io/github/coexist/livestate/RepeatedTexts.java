package io.github.coexist.livestate;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * The texts of one read's tokens, a text that repeats given as the same {@code String}: a snapshot
 * repeats the same sizes, bindings, enumerations and flags in every object, and a new string per
 * value was a good part of what a read made. The table is direct-mapped and bounded: a slot holds
 * the last text that hashed to it (its string, its characters, their hash), so a text seen once (an
 * object's name) costs its own string, and a read of any size keeps {@value #SLOTS} texts at most.
 */
final class RepeatedTexts {
  private static final int SLOTS = 4096;
  private final String[] strings = new String[SLOTS];
  // Each slot's characters, compared with Jackson's buffer at once (Arrays.equals), in an array
  // reused while the slot's texts fit in it.
  private final char[][] characters = new char[SLOTS][];
  private final int[] hashes = new int[SLOTS];

  /** The text of the token {@code parser} is at (a value, not a field name). */
  String of(JsonParser parser) throws IOException {
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    int end = offset + length;
    int hash = length;
    for (int i = offset; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String known = strings[slot];
    if (known != null
        && hashes[slot] == hash
        && known.length() == length
        && Arrays.equals(characters[slot], 0, length, chars, offset, end)) {
      return known;
    }
    String text = new String(chars, offset, length);
    char[] kept = characters[slot];
    if (kept == null || kept.length < length) {
      kept = new char[Math.max(length, 32)];
      characters[slot] = kept;
    }
    System.arraycopy(chars, offset, kept, 0, length);
    strings[slot] = text;
    hashes[slot] = hash;
    return text;
  }
}
