package io.github.coexist.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large notes.ini for the Notes.ini comparison, shaped like a real server's (a {@code [Notes]}
 * header, {@code Key=Value} lines, values with spaces, {@code /}, {@code =} and {@code $DATADIR$}
 * placeholders, the odd blank line), with a fixed seed so every run reads the same bytes.
 *
 * <pre>{@code
 * byte[] ini = SyntheticNotesIni.lines(20_000, SyntheticPlans.SEED);
 * }</pre>
 */
public final class SyntheticNotesIni {
  private static final String[] VALUES = {
    "1",
    "0",
    "$DATADIR$/server.id",
    "CN=junit/O=CI-DUMMY",
    "Admin=CN=CI-Admin Password/O=ACME",
    "Router,Update,Replica,AMgr,Adminp,HTTP",
    "C:\\Program Files\\HCL\\Domino\\data",
    "2048",
  };

  private SyntheticNotesIni() {}

  /** {@code count} lines (LF), US-ASCII: the header, then distinct keys and some blank lines. */
  public static byte[] lines(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder(count * 32);
    text.append("[Notes]\n");
    for (int i = 1; i < count; i++) {
      if (random.nextInt(50) == 0) {
        text.append('\n');
        continue;
      }
      text.append(String.format(Locale.ROOT, "Setting_%05d", i))
          .append('=')
          .append(VALUES[random.nextInt(VALUES.length)])
          .append('\n');
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
