package io.github.coexist.notesini;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finding a byte in a byte array, and hashing a key, eight bytes at a time. Splitting a 20,000-line
 * notes.ini into lines is a search for LF over every byte of the file; one comparison per byte made
 * that the largest cost of a merge (docs/performance.md, comparison 3).
 *
 * <p>The search reads a {@code long} and uses the classic test for a zero byte: after XOR with the
 * wanted byte repeated, {@code (x - 0x01..01) & ~x & 0x80..80} sets the top bit of every byte that
 * was zero. Bits above a zero byte can be set wrongly (the subtraction borrows from them), but the
 * lowest set bit is always right, and only the lowest is used.
 */
final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** Clears bit 0x20 of every byte: 'a'..'z' become 'A'..'Z' (and a few other bytes merge). */
  private static final long CASE_BIT_OFF = 0xDFDFDFDFDFDFDFDFL;

  /** 2^64 divided by the golden ratio: multiplying by it spreads every bit over the high ones. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private ByteScan() {}

  /** The index of the first {@code wanted} in {@code bytes[from..to)}, or -1 when there is none. */
  static int indexOf(byte[] bytes, byte wanted, int from, int to) {
    long pattern = ONES * (wanted & 0xFF);
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      // Little-endian: byte i is the lowest byte of the long, so the lowest hit is the first.
      long x = (long) LONGS.get(bytes, i) ^ pattern;
      long hits = (x - ONES) & ~x & HIGH_BITS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first byte in {@code bytes[from..to)} that is {@code one} or {@code other}, or
   * -1 when there is none. The lowest hit of each zero test is right, so the lowest of both is.
   */
  static int indexOfEither(byte[] bytes, byte one, byte other, int from, int to) {
    long onePattern = ONES * (one & 0xFF);
    long otherPattern = ONES * (other & 0xFF);
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i);
      long x = word ^ onePattern;
      long y = word ^ otherPattern;
      long hits = (((x - ONES) & ~x) | ((y - ONES) & ~y)) & HIGH_BITS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == one || bytes[i] == other) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A hash of {@code bytes[from..to)} that ignores ASCII case: keys equal ignoring ASCII case hash
   * alike, because bit 0x20, the only bit in which 'a' and 'A' differ, is cleared in every byte.
   * Other keys may collide too ("[" and "{"), which the caller's comparison sorts out.
   */
  static int caselessHash(byte[] bytes, int from, int to) {
    long hash = (long) to - from;
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      hash = (hash ^ ((long) LONGS.get(bytes, i) & CASE_BIT_OFF)) * GOLDEN;
    }
    int rest = to - i;
    if (rest > 0) {
      // The last 1..7 bytes, as the low bytes of a long; read in one go when the array goes on.
      long tail =
          i <= bytes.length - Long.BYTES
              ? (long) LONGS.get(bytes, i) & (-1L >>> (Byte.SIZE * (Long.BYTES - rest)))
              : tail(bytes, i, to);
      hash = (hash ^ (tail & CASE_BIT_OFF)) * GOLDEN;
    }
    return (int) (hash ^ (hash >>> 32));
  }

  /** {@code bytes[from..to)}, at most 8 bytes, as the low bytes of a long (little-endian). */
  private static long tail(byte[] bytes, int from, int to) {
    long tail = 0;
    for (int i = to - 1; i >= from; i--) {
      tail = (tail << Byte.SIZE) | (bytes[i] & 0xFF);
    }
    return tail;
  }
}
