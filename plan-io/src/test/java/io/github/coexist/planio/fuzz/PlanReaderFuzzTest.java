package io.github.coexist.planio.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.planio.PlanFileException;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanLimits;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes (as UTF-8 text) given to the plan reader either becomes a plan that writes and reads
 * back equal, or is refused with a {@link PlanFileException} whose message is one line naming a
 * place in the file, within the {@link PlanLimits} (the reader refuses larger input before parsing,
 * so no input can take long). In the normal build this replays the corpus in {@code
 * PlanReaderFuzzTestInputs/}.
 */
class PlanReaderFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void yamlTextIsReadOrRefusedWithALocation(@NotNull byte[] bytes) {
    check(new String(bytes, StandardCharsets.UTF_8), "fuzz.yaml");
  }

  @FuzzTest(maxDuration = "2m")
  void jsonTextIsReadOrRefusedWithALocation(@NotNull byte[] bytes) {
    check(new String(bytes, StandardCharsets.UTF_8), "fuzz.json");
  }

  private static void check(String text, String source) {
    CoexistencePlan plan;
    try {
      plan = PlanReader.standard().read(text, source);
    } catch (PlanFileException e) {
      assertThat(e.getMessage()).startsWith(source + ":").doesNotContain("\n");
      return;
    }
    // Read, so within every limit the reader keeps (PlanLimits): nothing larger gets through.
    assertThat(text.length()).isLessThanOrEqualTo(PlanLimits.MAX_CHARS);
    assertThat(text.lines()).allMatch(line -> line.length() <= PlanLimits.MAX_LINE_CHARS);
    for (PlanFormat format : PlanFormat.values()) {
      String written = PlanWriter.write(plan, format);
      assertThat(
              PlanReader.standard()
                  .read(written, "again." + format.name().toLowerCase(java.util.Locale.ROOT)))
          .isEqualTo(plan);
    }
  }
}
