package io.github.coexist.notesini;

import com.google.common.primitives.ImmutableIntArray;

/**
 * Where each key of a {@link NotesIniDocument} first occurs, built in one pass over its lines. A
 * lookup is one hash-table probe instead of a scan of every line, and no {@code String} is made per
 * line: a 20,000-line notes.ini is merged many times faster than it was with a scan per managed key
 * (docs/performance.md, comparison 3).
 *
 * <p>Keys compare byte for byte, ignoring ASCII case only (the Domino C API documents notes.ini
 * names as case-insensitive; no locale takes part), exactly as {@link IniLine#hasKey(String)} does:
 * a key byte {@code b} matches the char {@code (char) (b & 0xFF)}, so a char above U+00FF matches
 * nothing.
 *
 * <p>The table is open addressing with linear probing over {@code int}s: each slot holds the line
 * number (plus one, so that 0 means free) of the first line with a key, and the key's hash.
 */
final class KeyIndex {
  private final byte[] bytes;
  private final int[] starts;

  /** Per line: the index in {@code bytes} of the {@code =} that ends the key, or -1. */
  private final int[] keyEnds;

  private final int[] slots;
  private final int[] slotHashes;
  private final int mask;

  /** Pairs: a line whose key occurred before, and the first line with that key (0-based). */
  private final ImmutableIntArray duplicates;

  /** Lines whose key starts or ends with whitespace, such as {@code "BTEXCHANGEDB =x"}. */
  private final ImmutableIntArray paddedKeys;

  private KeyIndex(byte[] bytes, int[] starts, int[] ends, int lineCount) {
    this.bytes = bytes;
    this.starts = starts;
    this.keyEnds = new int[lineCount];
    // At most half full, so that probe runs stay short.
    int capacity = Integer.highestOneBit(Math.max(lineCount, 1) * 2 - 1) << 1;
    this.slots = new int[capacity];
    this.slotHashes = new int[capacity];
    this.mask = capacity - 1;
    ImmutableIntArray.Builder repeated = ImmutableIntArray.builder();
    ImmutableIntArray.Builder padded = ImmutableIntArray.builder();
    for (int line = 0; line < lineCount; line++) {
      int keyEnd = IniLine.keyEnd(bytes, starts[line], ends[line]);
      keyEnds[line] = keyEnd;
      if (keyEnd < 0) {
        continue;
      }
      int first = insert(line);
      if (first != line) {
        repeated.add(line).add(first);
      }
      if (isWhitespace(bytes[starts[line]]) || isWhitespace(bytes[keyEnd - 1])) {
        padded.add(line);
      }
    }
    this.duplicates = repeated.build();
    this.paddedKeys = padded.build();
  }

  /**
   * The index of the lines {@code [starts[i], ends[i])} of {@code bytes} (content without line
   * break), {@code i < lineCount}. The arrays are read, never copied, and must not change.
   */
  static KeyIndex of(byte[] bytes, int[] starts, int[] ends, int lineCount) {
    return new KeyIndex(bytes, starts, ends, lineCount);
  }

  /** The first line (0-based) whose key is {@code key}, ignoring ASCII case; -1 when none. */
  int firstLine(String key) {
    int hash = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c > 0xFF) {
        return -1; // no byte reads as this char
      }
      hash = 31 * hash + fold(c);
    }
    hash = spread(hash);
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if (slotHashes[slot] == hash && keyIs(slots[slot] - 1, key)) {
        return slots[slot] - 1;
      }
    }
    return -1;
  }

  /**
   * Pairs of lines (0-based), in line order: a line whose key occurred before, then the first line
   * with that key.
   */
  ImmutableIntArray duplicates() {
    return duplicates;
  }

  /**
   * The lines (0-based), in order, whose key starts or ends with a char {@link
   * Character#isWhitespace(char)} (one char per byte): the only keys {@link String#strip()}
   * changes.
   */
  ImmutableIntArray paddedKeys() {
    return paddedKeys;
  }

  /**
   * Records {@code line}'s key unless an earlier line has it; returns the line that has it first.
   */
  private int insert(int line) {
    int hash = 0;
    for (int i = starts[line]; i < keyEnds[line]; i++) {
      hash = 31 * hash + fold(bytes[i] & 0xFF);
    }
    hash = spread(hash);
    int slot = hash & mask;
    while (slots[slot] != 0) {
      int other = slots[slot] - 1;
      if (slotHashes[slot] == hash && sameKey(other, line)) {
        return other;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = line + 1;
    slotHashes[slot] = hash;
    return line;
  }

  private boolean keyIs(int line, String key) {
    int start = starts[line];
    if (keyEnds[line] - start != key.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (fold(bytes[start + i] & 0xFF) != fold(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameKey(int a, int b) {
    int length = keyEnds[a] - starts[a];
    if (keyEnds[b] - starts[b] != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (fold(bytes[starts[a] + i] & 0xFF) != fold(bytes[starts[b] + i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /** ASCII lower case to upper case; every other char as it is (no locale takes part). */
  private static int fold(int c) {
    return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
  }

  /** Mixes the high bits into the low ones, which pick the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean isWhitespace(byte b) {
    return Character.isWhitespace((char) (b & 0xFF));
  }
}
