package io.github.coexist.benchmarks;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** A SecureRandom that repeats itself for a seed, so benchmark keys are the same on every run. */
final class SeededRandom {
  private SeededRandom() {}

  /**
   * SHA1PRNG seeded before its first use is deterministic (the JDK's other generators mix in system
   * entropy); good for benchmark keys, never for real ones.
   */
  static SecureRandom of(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
    }
  }
}
