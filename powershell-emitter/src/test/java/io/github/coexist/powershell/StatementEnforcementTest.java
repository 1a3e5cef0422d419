package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.coexist.testplans.PlanGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, points 3 and 5, enforced by the statement model itself: an Exchange cmdlet call that
 * would let a failure pass cannot be built into a statement, and a Remove- exists only inside a
 * journal check.
 */
class StatementEnforcementTest {
  private static final Trace TRACE =
      new Trace("sendConnectors[0]", GuideStep.ONPREM_SEND_CONNECTOR);
  private static final PsValue.Text NAME = PsValue.text("Outbound to Domino");

  private static CmdletCall set(Parameter... extra) {
    return CmdletCall.of(
        "Set-SendConnector",
        ImmutableList.<Parameter>builder().add(Parameter.of("Identity", NAME)).add(extra).build());
  }

  @Test
  void anExchangeCallWithoutErrorActionStopIsRefused() {
    assertThatThrownBy(() -> new Statement.Invoke(TRACE, set()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Set-SendConnector runs in another module's scope and ignores the script's"
                + " $ErrorActionPreference: give it -ErrorAction Stop");
    assertThatThrownBy(
            () ->
                new Statement.Invoke(
                    TRACE, set(Parameter.of("ErrorAction", PsValue.word("SilentlyContinue")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Statement.Invoke(
                    TRACE, set(Parameter.of("ErrorAction", PsValue.word("Continue")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Statement.Lookup(
                    TRACE, "sendConnectors0", CmdletCall.of("Get-SendConnector"), "Name", NAME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Get-SendConnector runs in another module's scope");
    assertThatThrownBy(
            () ->
                new Statement.WaitUntilVisible(
                    TRACE,
                    "sendConnectors0",
                    CmdletCall.of("Get-SendConnector"),
                    "Name",
                    NAME,
                    3,
                    5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Statement.Invoke(
                    Trace.script(),
                    CmdletCall.of(
                        "Connect-ExchangeOnline",
                        Parameter.switchValue("ShowBanner", PsValue.bool(false)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withErrorActionStopOrAsPowerShellsOwnItIsAccepted() {
    Statement.Invoke invoke = new Statement.Invoke(TRACE, set(CmdletCall.STOP));
    assertThat(invoke.call().stopsOnError()).isTrue();
    assertThat(CmdletCall.exchange("Set-SendConnector", List.of(), true).parameterNames())
        .containsExactly("ErrorAction", "Confirm");
    // PowerShell's own cmdlets and the script's functions run in the script's scope.
    assertThat(new Statement.Invoke(Trace.script(), CmdletCall.of("Stop-Transcript")).call().name())
        .isEqualTo("Stop-Transcript");
    assertThat(
            new Statement.Invoke(TRACE, CmdletCall.of(ScriptFunction.INITIALIZE_JOURNAL.command()))
                .call()
                .stopsOnError())
        .isFalse();
  }

  @Test
  void removeExistsOnlyInsideAJournalCheck() {
    CmdletCall get = CmdletCall.exchange("Get-SendConnector", List.of(), false);
    CmdletCall byName =
        CmdletCall.exchange("Remove-SendConnector", List.of(Parameter.of("Identity", NAME)), true);
    CmdletCall byGuid =
        CmdletCall.exchange(
            "Remove-SendConnector",
            List.of(Parameter.of("Identity", PsValue.variable(Statement.GUID))),
            true);
    assertThatThrownBy(() -> new Statement.Invoke(TRACE, byGuid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Remove-SendConnector runs only where the journal says the script created the object");
    assertThatThrownBy(() -> new Statement.RemoveCreated(TRACE, "SendConnector", get, NAME, byName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Remove-SendConnector takes the journal entry's Guid as -Identity ($guid)");
    assertThatThrownBy(
            () ->
                new Statement.RemoveCreated(
                    TRACE,
                    "SendConnector",
                    get,
                    NAME,
                    CmdletCall.of(
                        "Remove-SendConnector",
                        Parameter.of("Identity", PsValue.variable(Statement.GUID)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Remove-SendConnector runs in another module's scope");
    assertThatThrownBy(
            () ->
                new Statement.RemoveCreated(
                    TRACE, "SendConnector", get, NAME, set(CmdletCall.STOP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a Remove- cmdlet: Set-SendConnector");
    Statement.RemoveCreated remove =
        new Statement.RemoveCreated(TRACE, "SendConnector", get, NAME, byGuid);
    String text =
        PowerShellScript.builder()
            .dialect(Dialect.EXCHANGE_SERVER)
            .kind(ScriptKind.ROLLBACK)
            .addStatements(remove)
            .build()
            .text();
    // The removal is reached only through the journal's entries and the object with that Guid.
    assertThat(text)
        .contains(
            "foreach ($entry in @(Get-CoexistJournalEntry -Path 'sendConnectors[0]' -Kind"
                + " 'SendConnector' -Action 'created')) {\r\n"
                + "    $guid = [string]$entry.guid\r\n"
                + "    $found = @(Get-SendConnector -ErrorAction Stop | Where-Object {"
                + " [string]$_.Guid -eq $guid })\r\n")
        .contains(
            "    } elseif ($PSCmdlet.ShouldProcess('Outbound to Domino', 'Remove-SendConnector'))"
                + " {\r\n"
                + "        Remove-SendConnector -Identity $guid -ErrorAction Stop -Confirm:$false\r\n");
  }

  @Test
  void generatedScriptsRemoveNothingOutsideAJournalCheck() {
    for (var environment : io.github.coexist.core.model.Environment.values()) {
      for (long seed : PlanGenerator.validSeeds(environment, 15)) {
        var plan = PlanGenerator.valid(environment, seed);
        for (PowerShellScript script :
            List.of(
                PowerShellEmitter.standard().emit(plan), RollbackEmitter.standard().emit(plan))) {
          for (Statement s : script.allStatements()) {
            if (s instanceof Statement.Invoke invoke) {
              assertThat(invoke.call().verb()).isNotEqualTo("Remove");
            }
          }
          String text = script.text();
          String[] lines = text.split("\r\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("Remove-")) {
              // Directly under "} elseif ($PSCmdlet.ShouldProcess(" of a journal loop.
              assertThat(lines[i - 1].strip()).startsWith("} elseif ($PSCmdlet.ShouldProcess(");
              assertThat(lines[i - 6].strip())
                  .startsWith("foreach ($entry in @(Get-CoexistJournalEntry ")
                  .endsWith(" -Action 'created')) {");
            }
          }
        }
      }
    }
  }
}
