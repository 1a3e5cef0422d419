package io.github.coexist.notesini;

import com.google.common.primitives.ImmutableIntArray;
import java.nio.charset.StandardCharsets;

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
 * <p>The table is open addressing with linear probing over {@code long}s: each slot holds the key's
 * {@link ByteScan#caselessHash hash} in its high half and, in its low half, the number (plus one,
 * so that 0 means free) of the first line with that key: one memory read per probe.
 */
final class KeyIndex {
  private final byte[] bytes;
  private final int[] starts;

  /** Per line: the index in {@code bytes} of the {@code =} that ends the key, or -1. */
  private final int[] keyEnds;

  private final long[] slots;
  private final int mask;

  /** Pairs: a line whose key occurred before, and the first line with that key (0-based). */
  private final ImmutableIntArray duplicates;

  /** Lines whose key starts or ends with whitespace, such as {@code "BTEXCHANGEDB =x"}. */
  private final ImmutableIntArray paddedKeys;

  private KeyIndex(byte[] bytes, int[] starts, int[] ends, int lineCount) {
    this.bytes = bytes;
    this.starts = starts;
    this.keyEnds = new int[lineCount];
    // A power of two, at most three quarters full (probe runs stay short, the table small enough
    // to stay in cache), and never full (a search for a missing key ends at a free slot).
    int capacity = Integer.highestOneBit(Math.max(2, lineCount + lineCount / 3 + 1) - 1) << 1;
    this.slots = new long[capacity];
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
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) > 0xFF) {
        return -1; // no byte reads as this char
      }
    }
    byte[] wanted = key.getBytes(StandardCharsets.ISO_8859_1);
    int hash = ByteScan.caselessHash(wanted, 0, wanted.length);
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int line = lineIn(slots[slot]);
      if (hashIn(slots[slot]) == hash
          && sameKey(bytes, starts[line], keyEnds[line], wanted, 0, wanted.length)) {
        return line;
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
    int start = starts[line];
    int end = keyEnds[line];
    int hash = ByteScan.caselessHash(bytes, start, end);
    int slot = hash & mask;
    while (slots[slot] != 0) {
      int other = lineIn(slots[slot]);
      if (hashIn(slots[slot]) == hash
          && sameKey(bytes, starts[other], keyEnds[other], bytes, start, end)) {
        return other;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) hash << 32) | (line + 1);
    return line;
  }

  private static int hashIn(long slot) {
    return (int) (slot >>> 32);
  }

  private static int lineIn(long slot) {
    return (int) slot - 1;
  }

  /** Whether {@code a[aFrom..aTo)} and {@code b[bFrom..bTo)} are equal ignoring ASCII case. */
  private static boolean sameKey(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
    if (aTo - aFrom != bTo - bFrom) {
      return false;
    }
    for (int i = 0; i < aTo - aFrom; i++) {
      if (fold(a[aFrom + i]) != fold(b[bFrom + i])) {
        return false;
      }
    }
    return true;
  }

  /** ASCII lower case to upper case; every other byte as it is (no locale takes part). */
  private static int fold(byte b) {
    return b >= 'a' && b <= 'z' ? b - ('a' - 'A') : b;
  }

  private static boolean isWhitespace(byte b) {
    return Character.isWhitespace((char) (b & 0xFF));
  }
}
