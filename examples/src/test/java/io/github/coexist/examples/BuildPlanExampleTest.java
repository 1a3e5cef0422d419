package io.github.coexist.examples;

import static io.github.coexist.testing.CoexistAssertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a consumer unit-tests a plan it builds in code: with the testing kit's assertions. */
class BuildPlanExampleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @Test
  void thePlanIsValidWithOneWarning() {
    assertThat(BuildPlanExample.plan())
        .hasEnvironment(Environment.EXCHANGE_SERVER)
        .hasObject(ObjectKind.SEND_CONNECTOR, "To Notes")
        .hasObject(ObjectKind.RECEIVE_CONNECTOR, "From Notes")
        .isValidOn(DAY)
        .validatedOn(DAY)
        .hasWarning("COEX-TRUST-001")
        .atExactly("receiveConnectors[0].authMechanism[1]")
        .times(1);
    // Required TLS on both connectors: none of the TLS warnings of the guide's defaults.
    assertThat(BuildPlanExample.plan())
        .validatedOn(DAY)
        .doesNotReport("COEX-TLS-003")
        .doesNotReport("COEX-TLS-004")
        .hasCount(io.github.coexist.core.validation.Severity.WARNING, 1);
  }

  @Test
  void printsTheFindingWithItsFix() {
    org.assertj.core.api.Assertions.assertThat(BuildPlanExample.run(DAY))
        .isEqualTo(
            "WARNING COEX-TRUST-001 receiveConnectors[0].authMechanism[1]:"
                + " ExternalAuthoritative on \"From Notes\" while Domino receives internet mail"
                + " (mailExchanger: domino): mail Domino forwards, forged senders included,"
                + " becomes authenticated internal mail\n"
                + "    fix: use authMechanism Tls with permissionGroups AnonymousUsers"
                + " (remoteIpRanges limited to the coexistence servers), or set mailExchanger to"
                + " exchange once the MX points at Exchange\n"
                + "valid: ready to emit\n");
  }
}
