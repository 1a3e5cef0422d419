package io.github.coexist.livestate.drift;

import io.github.coexist.core.model.ExchangeEquivalence;
import java.util.Arrays;

/**
 * Positions of live objects by {@link Identity}, compared as Exchange compares names ({@link
 * ExchangeEquivalence#sameText}). Each identity's objects form a chain in input order. Open
 * addressing over arrays: no map entries, no boxed positions, no folded copies of names (a drift
 * indexes every live object).
 */
final class IdentityIndex {
  /**
   * What identifies an object: a name, or a server and a name ({@code server} is null when the
   * identity is one text: a name, a domain).
   */
  record Identity(String server, String name) {
    int hash() {
      return (server == null ? 0 : ExchangeEquivalence.textHash(server)) * 961
          + ExchangeEquivalence.textHash(name);
    }

    boolean matches(Identity other) {
      return (server == null
              ? other.server == null
              : other.server != null && ExchangeEquivalence.sameText(server, other.server))
          && ExchangeEquivalence.sameText(name, other.name);
    }
  }

  private final Identity[] identities;
  private final int[] hashes;
  private final int[] heads;
  private final int[] next;
  private final int shift;

  /** An index for up to {@code size} positions, 0 to {@code size - 1}. */
  IdentityIndex(int size) {
    int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    identities = new Identity[capacity];
    hashes = new int[capacity];
    heads = new int[capacity];
    Arrays.fill(heads, -1);
    next = new int[size];
  }

  /**
   * Puts {@code position} at the head of the chain of its identity: positions added from last to
   * first make chains in input order.
   */
  void addFirst(Identity identity, int position) {
    int hash = identity.hash();
    int slot = slot(identity, hash);
    if (identities[slot] == null) {
      identities[slot] = identity;
      hashes[slot] = hash;
    }
    next[position] = heads[slot];
    heads[slot] = position;
  }

  /** The first position of the identity, or -1. */
  int head(Identity identity) {
    return heads[slot(identity, identity.hash())];
  }

  /** The position after {@code position} in its chain, or -1. */
  int next(int position) {
    return next[position];
  }

  /** The slot of {@code identity}, or the empty slot where it would go. */
  private int slot(Identity identity, int hash) {
    // Fibonacci hashing: names that differ in their last character (To Domino 1, To Domino 2, ...)
    // hash to neighbours, which linear probing would pile into one run.
    int slot = (hash * 0x9E3779B9) >>> shift;
    while (identities[slot] != null) {
      if (hashes[slot] == hash && identities[slot].matches(identity)) {
        return slot;
      }
      slot = (slot + 1) & (heads.length - 1);
    }
    return slot;
  }
}
