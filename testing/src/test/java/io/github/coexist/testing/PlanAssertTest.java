package io.github.coexist.testing;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import org.junit.jupiter.api.Test;

class PlanAssertTest {
  @Test
  void passesOnTheRecommendedPlan() {
    assertThat(ScenarioPlans.recommended(Environment.EXCHANGE_SERVER))
        .hasEnvironment(Environment.EXCHANGE_SERVER)
        .hasObject(ObjectKind.SEND_CONNECTOR, "Outbound to Domino")
        .hasObjectCount(ObjectKind.RECEIVE_CONNECTOR, 2)
        .isValidOn(Judge.DAY)
        .validatedOn(Judge.DAY)
        .hasWarning("COEX-TLS-003");
  }

  @Test
  void namesTheEnvironments() {
    assertThatThrownBy(
            () ->
                assertThat(ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE))
                    .hasEnvironment(Environment.EXCHANGE_SERVER))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected a plan for exchange-server, but it is for exchange-online");
  }

  @Test
  void listsTheObjectsThatAreThere() {
    assertThatThrownBy(
            () ->
                assertThat(ScenarioPlans.recommended(Environment.EXCHANGE_SERVER))
                    .hasObject(ObjectKind.SEND_CONNECTOR, "To Domino"))
        .hasMessage(
            "Expected sendConnectors to have \"To Domino\", but it has \"Outbound to Domino\"");
    assertThatThrownBy(
            () ->
                assertThat(ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE))
                    .hasObject(ObjectKind.SEND_CONNECTOR, "To Domino"))
        .hasMessage("Expected sendConnectors to have \"To Domino\", but there are none");
    assertThatThrownBy(
            () ->
                assertThat(ScenarioPlans.recommended(Environment.EXCHANGE_SERVER))
                    .hasObjectCount(ObjectKind.RECEIVE_CONNECTOR, 1))
        .hasMessage(
            "Expected 1 receiveConnectors, but the plan has 2: [Inbound from Domino, Inbound from"
                + " Domino]");
  }

  @Test
  void isValidOnListsTheErrors() {
    assertThatThrownBy(() -> assertThat(ScenarioPlans.withBasicAuth()).isValidOn(Judge.DAY))
        .hasMessageStartingWith("Expected a validation report without errors, but it has 1 error:")
        .hasMessageContaining("COEX-RECV-002 receiveConnectors[0]");
  }
}
