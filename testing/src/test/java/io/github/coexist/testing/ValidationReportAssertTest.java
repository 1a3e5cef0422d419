package io.github.coexist.testing;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {
  private static ValidationReport validate(io.github.coexist.core.model.CoexistencePlan plan) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(Judge.DAY));
  }

  private final ValidationReport server =
      validate(ScenarioPlans.recommended(Environment.EXCHANGE_SERVER));
  private final ValidationReport broken = validate(ScenarioPlans.withBasicAuth());

  @Test
  void passesOnWhatTheReportHas() {
    assertThat(server)
        .hasNoErrors()
        .hasCount(Severity.WARNING, 3)
        .doesNotReport("COEX-RECV-002")
        .hasWarning("COEX-TLS-004")
        .at("receiveConnectors[1]")
        .atExactly("receiveConnectors[1].requireTls")
        .withMessageContaining("unencrypted")
        .withHintContaining("requireTls")
        .times(1);
    assertThat(broken).hasError("COEX-RECV-002").at("receiveConnectors[0]").times(1);
    assertThat(validate(ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE)))
        .hasInfo("COEX-ADOM-004")
        .times(2);
  }

  @Test
  void hasNoErrorsListsTheErrors() {
    assertThatThrownBy(() -> assertThat(broken).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected a validation report without errors, but it has 1 error:\n")
        .hasMessageContaining("  ERROR COEX-RECV-002 receiveConnectors[0].authMechanism");
  }

  @Test
  void hasNoWarningsAndHasNoFindingsCountThem() {
    assertThatThrownBy(() -> assertThat(server).hasNoWarnings())
        .hasMessageStartingWith(
            "Expected a validation report without warnings, but it has 3 warnings:\n")
        .hasMessageContaining("  WARNING COEX-TLS-003 sendConnectors[0].requireTls: ");
    assertThatThrownBy(() -> assertThat(server).hasNoFindings())
        .hasMessageStartingWith(
            "Expected a validation report without findings, but it has 4 findings:");
  }

  @Test
  void aMissingRuleListsWhatWasFound() {
    assertThatThrownBy(() -> assertThat(server).hasError("COEX-RECV-002"))
        .hasMessageStartingWith(
            "Expected error COEX-RECV-002 in the validation report, but no rule reported it;"
                + " the findings are:\n  WARNING COEX-TLS-003");
  }

  @Test
  void aRuleAtAnotherSeverityIsNamed() {
    assertThatThrownBy(() -> assertThat(server).hasError("COEX-TLS-003"))
        .hasMessage(
            "Expected error COEX-TLS-003 in the validation report, but its findings have another"
                + " severity:\n  WARNING COEX-TLS-003 sendConnectors[0].requireTls: requireTls is"
                + " false: mail to Domino may travel unencrypted");
  }

  @Test
  void atNamesThePathAndTheFindingsThere() {
    assertThatThrownBy(
            () -> assertThat(server).hasWarning("COEX-TLS-004").at("receiveConnectors[2]"))
        .hasMessageStartingWith(
            "Expected warning COEX-TLS-004 at receiveConnectors[2], but its findings are:\n"
                + "  WARNING COEX-TLS-004 receiveConnectors[0].requireTls");
  }

  @Test
  void atDoesNotMatchAPathThatOnlySharesAPrefix() {
    assertThatThrownBy(
            () -> assertThat(server).hasWarning("COEX-TLS-003").at("sendConnectors[0].require"))
        .hasMessageStartingWith("Expected warning COEX-TLS-003 at sendConnectors[0].require, but");
  }

  @Test
  void stepsAccumulateInTheMessage() {
    assertThatThrownBy(
            () ->
                assertThat(server)
                    .hasWarning("COEX-TLS-004")
                    .at("receiveConnectors[0]")
                    .withMessageContaining("plaintext"))
        .hasMessageStartingWith(
            "Expected warning COEX-TLS-004 at receiveConnectors[0] with a message containing"
                + " \"plaintext\", but its findings are:\n");
    assertThatThrownBy(() -> assertThat(server).hasWarning("COEX-TLS-004").times(1))
        .hasMessageStartingWith("Expected 1 of warning COEX-TLS-004, but there are 2:\n");
  }

  @Test
  void doesNotReportListsTheFindings() {
    assertThatThrownBy(() -> assertThat(server).doesNotReport("COEX-TLS-004"))
        .hasMessageStartingWith("Expected no finding of COEX-TLS-004, but there are 2:\n");
    assertThatThrownBy(() -> assertThat(server).hasCount(Severity.ERROR, 1))
        .hasMessage("Expected 1 error, but the report has 0:\n  (none)");
  }

  @Test
  void percentSignsInMessagesAreNotFormatSpecifiers() {
    // A finding's text may hold '%' (address templates): it must reach the message unchanged.
    assertThatThrownBy(() -> assertThat(server).hasWarning("COEX-TLS-003").withHintContaining("%m"))
        .hasMessageContaining("with a hint containing \"%m\"");
  }
}
