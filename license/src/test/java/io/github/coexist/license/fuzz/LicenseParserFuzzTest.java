package io.github.coexist.license.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.coexist.license.LicenseParser;
import io.github.coexist.license.Outcome;
import io.github.coexist.license.ParsedLicense;

/**
 * Any bytes given to the license parser give an outcome, never an exception: a parsed license or a
 * problem with a reason. In the normal build this replays the corpus in {@code
 * LicenseParserFuzzTestInputs/}.
 */
class LicenseParserFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyBytesGiveAnOutcome(@NotNull byte[] bytes) {
    Outcome<ParsedLicense> outcome = LicenseParser.parse(bytes);
    assertThat(outcome).isNotNull();
    if (!outcome.isAccepted()) {
      assertThat(outcome.problem().message()).isNotBlank().doesNotContain("\n");
    }
  }
}
