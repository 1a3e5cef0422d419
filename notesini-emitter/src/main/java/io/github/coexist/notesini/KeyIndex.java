package io.github.coexist.notesini;

import com.google.common.primitives.ImmutableIntArray;
import java.nio.charset.StandardCharsets;

/**
 * Where each key of a {@link NotesIniDocument} first occurs. A lookup is one hash-table probe
 * instead of a scan of every line, and no {@code String} is made per line: a 20,000-line notes.ini
 * is merged many times faster than it was with a scan per managed key (docs/performance.md,
 * comparison 3). {@link NotesIniDocument#parse} feeds the index line by line as it splits the file
 * ({@link Builder}), while each key's bytes are still in the processor's cache.
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

  private KeyIndex(Builder builder, int[] starts, int[] keyEnds) {
    this.bytes = builder.bytes;
    this.starts = starts;
    this.keyEnds = keyEnds;
    this.slots = builder.slots;
    this.mask = builder.mask;
    this.duplicates = builder.duplicates.build();
    this.paddedKeys = builder.padded.build();
  }

  /**
   * The index of the lines of {@code bytes}: line {@code i} starts at {@code starts[i]}, and its
   * key ends at {@code keyEnds[i]} (see {@link IniLine#keyEnd}), or it has none (-1). The arrays
   * are read, never copied, and must not change.
   */
  static KeyIndex of(byte[] bytes, int[] starts, int[] keyEnds) {
    Builder builder = new Builder(bytes, starts.length);
    for (int line = 0; line < starts.length; line++) {
      builder.add(line, starts, keyEnds);
    }
    return builder.build(starts, keyEnds);
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

  /** Makes an index line by line, in file order, growing its table as keys come. */
  static final class Builder {
    private final byte[] bytes;
    private final ImmutableIntArray.Builder duplicates = ImmutableIntArray.builder();
    private final ImmutableIntArray.Builder padded = ImmutableIntArray.builder();
    private long[] slots;
    private int mask;
    private int size;

    /** An empty index of lines of {@code bytes}, its table sized for {@code expectedKeys}. */
    Builder(byte[] bytes, int expectedKeys) {
      this.bytes = bytes;
      // A power of two, at most three quarters full (probe runs stay short, the table small
      // enough to stay in cache), and never full (a search for a missing key ends at a free slot).
      int wanted = Math.max(4, expectedKeys + expectedKeys / 3 + 1);
      this.slots = new long[Integer.highestOneBit(wanted - 1) << 1];
      this.mask = slots.length - 1;
    }

    /**
     * Adds line {@code line}, the next in file order: {@code starts} and {@code keyEnds} hold its
     * offsets and those of every line before it.
     */
    void add(int line, int[] starts, int[] keyEnds) {
      int start = starts[line];
      int end = keyEnds[line];
      if (end < 0) {
        return;
      }
      if (isWhitespace(bytes[start]) || isWhitespace(bytes[end - 1])) {
        padded.add(line);
      }
      int hash = ByteScan.caselessHash(bytes, start, end);
      int slot = hash & mask;
      while (slots[slot] != 0) {
        int other = lineIn(slots[slot]);
        if (hashIn(slots[slot]) == hash
            && sameKey(bytes, starts[other], keyEnds[other], bytes, start, end)) {
          duplicates.add(line).add(other);
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) hash << 32) | (line + 1);
      // Grown before a quarter is left (at least one slot, as the table has at least four).
      if (++size > slots.length - slots.length / 4) {
        grow();
      }
    }

    /** The index, over the final arrays of the lines (with the values given to {@link #add}). */
    KeyIndex build(int[] starts, int[] keyEnds) {
      return new KeyIndex(this, starts, keyEnds);
    }

    /** Twice the slots; each entry moves by the hash it carries, so no key is read again. */
    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      mask = slots.length - 1;
      for (long entry : old) {
        if (entry != 0) {
          int slot = hashIn(entry) & mask;
          while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = entry;
        }
      }
    }
  }
}
