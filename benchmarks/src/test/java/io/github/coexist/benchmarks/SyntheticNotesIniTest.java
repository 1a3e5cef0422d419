package io.github.coexist.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyntheticNotesIniTest {
  @Test
  void theAskedNumberOfLinesUnderOneHeader() {
    String text =
        new String(SyntheticNotesIni.lines(20_000, SyntheticPlans.SEED), StandardCharsets.US_ASCII);

    assertThat(text).startsWith("[Notes]\n").endsWith("\n");
    assertThat(text.split("\n", -1)).hasSize(20_000 + 1);
    assertThat(text.lines().filter(String::isEmpty).count()).isBetween(200L, 600L);
  }

  @Test
  void theSeedDecidesTheBytes() {
    assertThat(SyntheticNotesIni.lines(1_000, 3))
        .isEqualTo(SyntheticNotesIni.lines(1_000, 3))
        .isNotEqualTo(SyntheticNotesIni.lines(1_000, 4));
  }

  @Test
  void bothBaselinesReadEveryKey() {
    byte[] file = SyntheticNotesIni.lines(2_000, SyntheticPlans.SEED);
    long keys =
        new String(file, StandardCharsets.US_ASCII).lines().filter(l -> l.contains("=")).count();

    assertThat(NotesIniBaselines.ini4j(file).get("Notes")).hasSize((int) keys);
    // Properties has no sections: the header becomes a key of its own.
    assertThat(NotesIniBaselines.properties(file)).hasSize((int) keys + 1);
  }
}
