package io.github.coexist.examples;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.planio.PlanFileException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LoadPlanExampleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @Test
  void theSamplePlanIsValidWithoutFindings() {
    CoexistencePlan sample = LoadPlanExample.sample();

    assertThat(sample)
        .hasObject(ObjectKind.SEND_CONNECTOR, "Outbound to Domino")
        .hasObjectCount(ObjectKind.RECEIVE_CONNECTOR, 1)
        .validatedOn(DAY)
        .hasNoFindings();
    org.assertj.core.api.Assertions.assertThat(LoadPlanExample.run(sample, DAY))
        .isEqualTo("valid: ready to emit\n");
  }

  @Test
  void aTypoIsReportedAtItsLineAndColumn() {
    String text = "formatVersion: 1\nenvironment: exchange-server\nexchangeVersoin: \"2019\"\n";

    assertThatThrownBy(() -> LoadPlanExample.read(text, "typo.yaml"))
        .isInstanceOf(PlanFileException.class)
        .hasMessageStartingWith("typo.yaml:3:1: ");
  }
}
