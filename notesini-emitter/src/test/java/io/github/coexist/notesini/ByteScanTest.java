package io.github.coexist.notesini;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The word-at-a-time search and hash agree with byte-by-byte ones (fixed seeds). */
class ByteScanTest {
  /**
   * Bytes that trouble a word-at-a-time search: the wanted ones, 0x0B and 0x3C (LF and '=' with the
   * low bit flipped, which the borrow of the zero test can mark), 0x00, 0x80 and 0xFF.
   */
  private static final byte[] ALPHABET = {'\n', '=', 0x0B, 0x3C, 0, (byte) 0x80, (byte) 0xFF, 'a'};

  private static int naiveIndexOf(byte[] bytes, byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void findsTheFirstByteAsALoopWould(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = ALPHABET[random.nextInt(random.nextBoolean() ? 3 : ALPHABET.length)];
      }
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);
      for (byte wanted : new byte[] {'\n', '=', 0, (byte) 0x80}) {
        assertThat(ByteScan.indexOf(bytes, wanted, from, to))
            .as("seed %d case %d", seed, n)
            .isEqualTo(naiveIndexOf(bytes, wanted, from, to));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5, 6})
  void findsTheFirstOfTwoBytesAsALoopWould(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = ALPHABET[random.nextInt(random.nextInt(4) == 0 ? 2 : ALPHABET.length)];
      }
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);
      int lf = naiveIndexOf(bytes, (byte) '\n', from, to);
      int equals = naiveIndexOf(bytes, (byte) '=', from, to);
      int expected = lf < 0 ? equals : equals < 0 ? lf : Math.min(lf, equals);

      assertThat(ByteScan.indexOfEither(bytes, (byte) '=', (byte) '\n', from, to))
          .as("seed %d case %d", seed, n)
          .isEqualTo(expected);
    }
  }

  @Test
  void findsAByteInEveryPositionOfAWordAndNothingOutsideTheRange() {
    byte[] bytes = "abcdefghijklmnopqrstuvwxyz".getBytes(ISO_8859_1);
    for (int i = 0; i < bytes.length; i++) {
      assertThat(ByteScan.indexOf(bytes, bytes[i], 0, bytes.length)).isEqualTo(i);
      assertThat(ByteScan.indexOf(bytes, bytes[i], i + 1, bytes.length)).isEqualTo(-1);
      assertThat(ByteScan.indexOf(bytes, bytes[i], 0, i)).isEqualTo(-1);
    }
    assertThat(ByteScan.indexOf(new byte[0], (byte) 'a', 0, 0)).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void keysEqualIgnoringAsciiCaseHashAlikeWhereverTheyLie(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      byte[] key = new byte[random.nextInt(30)];
      for (int i = 0; i < key.length; i++) {
        key[i] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(256));
      }
      byte[] other = key.clone();
      for (int i = 0; i < other.length; i++) {
        if (other[i] >= 'a' && other[i] <= 'z' && random.nextBoolean()) {
          other[i] = (byte) (other[i] - ('a' - 'A'));
        }
      }
      // The same key in the middle of a longer array (read by words) and at its very end.
      int before = random.nextInt(9);
      byte[] embedded = new byte[before + other.length + 1 + random.nextInt(9)];
      System.arraycopy(other, 0, embedded, before, other.length);
      int expected = ByteScan.caselessHash(key, 0, key.length);

      assertThat(ByteScan.caselessHash(embedded, before, before + other.length))
          .as("seed %d case %d", seed, n)
          .isEqualTo(expected);
    }
  }

  @Test
  void theHashTellsKeysOfDifferentLengthOrBytesApart() {
    byte[] bytes = "aaaaaaaaaaaaaaaaa=KEY=KEZ".getBytes(ISO_8859_1);

    assertThat(ByteScan.caselessHash(bytes, 0, 8)).isNotEqualTo(ByteScan.caselessHash(bytes, 0, 9));
    assertThat(ByteScan.caselessHash(bytes, 0, 0)).isNotEqualTo(ByteScan.caselessHash(bytes, 0, 1));
    assertThat(ByteScan.caselessHash(bytes, 18, 21))
        .isNotEqualTo(ByteScan.caselessHash(bytes, 22, 25));
  }
}
