package io.github.coexist.livestate.drift;

import io.github.coexist.core.model.ExchangeEquivalence;
import java.util.Arrays;

/**
 * Positions of live objects by an identity of one or two texts ({@code server} and {@code name}),
 * compared as Exchange compares names ({@link ExchangeEquivalence#sameText}). Each identity's
 * objects form a chain in input order. Open addressing over arrays: no key objects, no boxed
 * positions, no folded copies of names (a drift indexes every live object).
 */
final class IdentityIndex {
  private final String[] firsts;
  private final String[] seconds;
  private final int[] hashes;
  private final int[] heads;
  private final int[] next;
  private final int shift;

  /** An index for up to {@code size} positions, 0 to {@code size - 1}. */
  IdentityIndex(int size) {
    int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    firsts = new String[capacity];
    seconds = new String[capacity];
    hashes = new int[capacity];
    heads = new int[capacity];
    Arrays.fill(heads, -1);
    next = new int[size];
  }

  /**
   * Puts {@code position} at the head of the chain of its identity: positions added from last to
   * first make chains in input order. {@code first} may be null (an identity of one text).
   */
  void addFirst(String first, String second, int position) {
    int slot = slot(first, second);
    if (heads[slot] < 0) {
      firsts[slot] = first;
      seconds[slot] = second;
    }
    next[position] = heads[slot];
    heads[slot] = position;
  }

  /** The first position of the identity, or -1. */
  int head(String first, String second) {
    return heads[slot(first, second)];
  }

  /** The position after {@code position} in its chain, or -1. */
  int next(int position) {
    return next[position];
  }

  private int slot(String first, String second) {
    int hash =
        (first == null ? 0 : ExchangeEquivalence.textHash(first)) * 961
            + ExchangeEquivalence.textHash(second);
    // Fibonacci hashing: names that differ in their last character (To Domino 1, To Domino 2, ...)
    // hash to neighbours, which linear probing would pile into one run.
    int slot = (hash * 0x9E3779B9) >>> shift;
    while (heads[slot] >= 0) {
      if (hashes[slot] == hash && same(firsts[slot], first) && same(seconds[slot], second)) {
        return slot;
      }
      slot = (slot + 1) & (heads.length - 1);
    }
    hashes[slot] = hash;
    return slot;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : b != null && ExchangeEquivalence.sameText(a, b);
  }
}
