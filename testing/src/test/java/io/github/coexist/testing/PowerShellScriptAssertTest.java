package io.github.coexist.testing;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.powershell.Dialect;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.testplans.Judge;
import io.github.coexist.testplans.ScenarioPlans;
import org.junit.jupiter.api.Test;

class PowerShellScriptAssertTest {
  private static PowerShellScript script(Environment environment) {
    CoexistencePlan plan = ScenarioPlans.recommended(environment);
    return PowerShellEmitter.standard()
        .emit(
            PlanValidator.standard()
                .validate(plan, ValidationContext.on(Judge.DAY))
                .requireValid());
  }

  private final PowerShellScript server = script(Environment.EXCHANGE_SERVER);

  @Test
  void passesOnTheCallsTheScriptMakes() {
    assertThat(server)
        .hasDialect(Dialect.EXCHANGE_SERVER)
        .doesNotInvoke("New-OutboundConnector")
        .invokes("New-SendConnector")
        .with("Name", "Outbound to Domino")
        .with("SmartHosts", "10.1.1.1", "10.1.1.2")
        .with("DNSRoutingEnabled", "$false")
        .with("Usage", "Custom")
        .with("Confirm", "$false")
        .withoutParameter("Identity")
        .times(1);
    assertThat(server).invokes("New-ReceiveConnector").with("Server", "EX02").times(1);
    assertThat(script(Environment.EXCHANGE_ONLINE))
        .hasDialect(Dialect.EXCHANGE_ONLINE)
        .invokes("Connect-ExchangeOnline")
        .with("ShowBanner", "$false");
  }

  @Test
  void aMissingCmdletListsTheCmdletsCalled() {
    assertThatThrownBy(() -> assertThat(server).invokes("New-OutboundConnector"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected the script to invoke New-OutboundConnector, but it invokes only: ")
        .hasMessageContaining("New-SendConnector, Set-SendConnector");
  }

  @Test
  void aWrongValueShowsTheCallsAsTheScriptWritesThem() {
    assertThatThrownBy(
            () -> assertThat(server).invokes("New-SendConnector").with("SmartHosts", "10.1.1.1"))
        .hasMessage(
            "Expected a call of New-SendConnector with -SmartHosts 10.1.1.1, but its calls are:\n"
                + "  New-SendConnector -Name 'Outbound to Domino' -AddressSpaces"
                + " 'SMTP:domino.contoso.com;1' -DNSRoutingEnabled $false -IsScopedConnector $false"
                + " -RequireTLS $false -SmartHosts '10.1.1.1','10.1.1.2' -SourceTransportServers"
                + " 'EX01','EX02' -Usage Custom -ErrorAction Stop -Confirm:$false");
  }

  @Test
  void stepsAndCountsAreNamed() {
    assertThatThrownBy(
            () ->
                assertThat(server)
                    .invokes("New-ReceiveConnector")
                    .with("Usage", "Custom")
                    .withoutParameter("Server"))
        .hasMessageStartingWith(
            "Expected a call of New-ReceiveConnector with -Usage Custom without -Server, but its"
                + " calls are:\n  New-ReceiveConnector -Name 'Inbound from Domino'");
    assertThatThrownBy(() -> assertThat(server).invokes("New-ReceiveConnector").times(1))
        .hasMessageStartingWith("Expected 1 call(s) of New-ReceiveConnector, but there are 2:\n");
    assertThatThrownBy(() -> assertThat(server).doesNotInvoke("New-SendConnector"))
        .hasMessageStartingWith(
            "Expected the script not to invoke New-SendConnector, but it does:\n"
                + "  New-SendConnector -Name 'Outbound to Domino'");
    assertThatThrownBy(() -> assertThat(server).hasDialect(Dialect.EXCHANGE_ONLINE))
        .hasMessage("Expected a script for EXCHANGE_ONLINE, but it is for EXCHANGE_SERVER");
  }
}
