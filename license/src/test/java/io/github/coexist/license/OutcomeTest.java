package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private static final LicenseProblem PROBLEM =
      new LicenseProblem(
          LicenseProblem.Reason.MALFORMED,
          "the file is empty",
          Optional.of(new TextPosition(1, 1)));

  @Test
  void anAcceptedValueMapsAndChains() {
    Outcome<Integer> one = Outcome.accepted(1);

    assertThat(one.map(i -> i + 1).value()).isEqualTo(2);
    assertThat(one.flatMap(i -> Outcome.<String>rejected(PROBLEM)).problem()).isEqualTo(PROBLEM);
    assertThat(one.toOptional()).contains(1);
    assertThat(one.toProblem()).isEmpty();
    assertThatThrownBy(one::problem).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aRejectionPassesThroughAndExplainsItself() {
    Outcome<Integer> rejected = Outcome.rejected(PROBLEM);

    assertThat(rejected.map(i -> i + 1).problem()).isEqualTo(PROBLEM);
    assertThat(rejected.flatMap(i -> Outcome.accepted("x")).problem()).isEqualTo(PROBLEM);
    assertThat(rejected.toOptional()).isEmpty();
    assertThatThrownBy(rejected::value)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("malformed: line 1, column 1: the file is empty");
  }

  @Test
  void aProblemDescribesItselfAfterAFileName() {
    assertThat(PROBLEM.describe("acme.lic"))
        .isEqualTo("acme.lic:1:1: malformed: the file is empty");
    assertThat(LicenseProblem.unsigned().describe("acme.lic"))
        .isEqualTo("acme.lic: unsigned: the license has no key-id and signature lines");
    assertThat(LicenseProblem.Reason.UNSUPPORTED_VERSION.key()).isEqualTo("unsupported-version");
    assertThatThrownBy(() -> new TextPosition(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
