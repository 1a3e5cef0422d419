package io.github.coexist.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotesIniMergeTest {
  @Test
  void theSettingsAreAppendedAndEveryLineKept() {
    byte[] file = SyntheticNotesIni.lines(20_000, SyntheticPlans.SEED);
    NotesIniMerge merge = new NotesIniMerge();

    String merged = new String(merge.apply(file), StandardCharsets.US_ASCII);

    assertThat(merged).startsWith(new String(file, StandardCharsets.US_ASCII));
    assertThat(merge.changes().settings()).isNotEmpty();
    merge.changes().settings().forEach(s -> assertThat(merged).contains("\n" + s.key() + "="));
  }

  @Test
  void mergingAgainChangesNothing() {
    NotesIniMerge merge = new NotesIniMerge();
    byte[] once = merge.apply(SyntheticNotesIni.lines(2_000, SyntheticPlans.SEED));

    assertThat(merge.apply(once)).isEqualTo(once);
  }
}
