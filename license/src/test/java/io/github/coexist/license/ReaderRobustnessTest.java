package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixed-seed generated input, from random bytes to licenses with several edits or reordered lines:
 * reading never throws, and accepts nothing but the exact bytes that were signed.
 */
class ReaderRobustnessTest {
  private static final LicenseSigningKey KEY = Fixtures.key(1);
  private static final LicenseFormat FORMAT =
      new CoexistLicenseFormat(LicenseVerifier.trusting(KEY.publicKey()));
  private static final byte[] SIGNED = Fixtures.utf8(Fixtures.issue(Fixtures.standard(), KEY));
  private static final int INPUTS_PER_SEED = 600;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverThrowsAndAcceptsOnlyTheSignedBytes(long seed) {
    Random random = new Random(seed);
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < INPUTS_PER_SEED; i++) {

      byte[] input =
          switch (i % 3) {
            case 0 -> randomBytes(random);
            case 1 -> edited(random);
            default -> reordered(random);
          };
      Outcome<License> outcome = FORMAT.read(input);
      if (outcome.isAccepted() && !Arrays.equals(input, SIGNED)) {
        accepted.add(new String(input, java.nio.charset.StandardCharsets.UTF_8));
      }
      if (!outcome.isAccepted()) {
        assertThat(outcome.problem().detail()).isNotBlank().doesNotContain("\n");
      }
    }
    assertThat(accepted).isEmpty();
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(700)];
    if (random.nextBoolean()) {
      random.nextBytes(bytes);
    } else {
      String alphabet = "abcdefgh-:. #=\n\r\t0123456789/+";
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
      }
    }
    return bytes;
  }

  /** One to five byte edits: replace, insert or delete. */
  private static byte[] edited(Random random) {
    List<Byte> bytes = new ArrayList<>();
    for (byte b : SIGNED) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(5);
    for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(3)) {
        case 0 -> bytes.set(at, (byte) random.nextInt(256));
        case 1 -> bytes.add(at, (byte) random.nextInt(256));
        default -> bytes.remove(at);
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  /** The signed lines, two of them swapped, or one dropped or repeated. */
  private static byte[] reordered(Random random) {
    List<String> lines =
        new ArrayList<>(
            new String(SIGNED, java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    int a = random.nextInt(lines.size());
    int b = random.nextInt(lines.size());
    switch (random.nextInt(3)) {
      case 0 -> {
        String swap = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, swap);
      }
      case 1 -> lines.remove(a);
      default -> lines.add(b, lines.get(a));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines) {
      out.writeBytes(Fixtures.utf8(line + "\n"));
    }
    return out.toByteArray();
  }
}
