package io.github.coexist.runbook;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.powershell.CmdletCall;
import io.github.coexist.powershell.Parameter;
import io.github.coexist.powershell.PowerShellRenderer;
import io.github.coexist.powershell.PsValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks to run after the steps. Exchange commands are built as {@link CmdletCall}s and written
 * by {@link PowerShellRenderer}, so names are quoted exactly as in the scripts.
 */
final class Checks {
  private Checks() {}

  static List<RunbookStep> of(CoexistencePlan plan, NotesIniChanges changes) {
    List<RunbookStep> checks = new ArrayList<>();
    checks.add(verify(plan));
    if (plan.environment() == Environment.EXCHANGE_ONLINE) {
      exchangeOnline(plan, checks);
    } else {
      exchangeServer(plan, checks);
    }
    List<String> keys = DominoSteps.keys(changes);
    checks.add(
        RunbookStep.of(
            Side.DOMINO,
            "BTCal's settings and task",
            List.of(
                "show config BT* lists the BTCal settings the server reads; they should be "
                    + (keys.isEmpty() ? "the plan's" : String.join(", ", keys))
                    + " with the values of the Domino step. tell BTCal show answers with BTCal's"
                    + " version only when the task runs; show tasks lists it."),
            List.of(CodeSample.of("text", "show config BT*\ntell BTCal show\nshow tasks"))));
    checks.add(
        RunbookStep.of(
            Side.DOMINO,
            "Mail in both directions",
            List.of(
                "Send a message from a Domino user to a user already on Exchange (addressed in "
                    + plan.domains().primary()
                    + "), and one back; each should arrive within minutes, with a reply."
                    + " Then send a meeting invitation both ways: BTCal converts it."),
            List.of()));
    return checks;
  }

  /**
   * Verify: read what the organisation holds (the read-only snapshot script) and compare it with
   * the plan. Exit 0 in sync, 1 drift, 2 a kind could not be read; and weeks later the same two
   * commands tell whether someone changed a connector.
   */
  private static RunbookStep verify(CoexistencePlan plan) {
    return RunbookStep.of(
        Side.EXCHANGE,
        "Verify: snapshot the organisation, then diff it against the plan",
        List.of(
            "The snapshot script only reads (Get- cmdlets, no change); run it in the same shell as"
                + " the configuration script. coexist diff then lists every planned object that"
                + " is missing and every attribute whose live value is not the plan's, and exits"
                + " 0 when the organisation holds the plan. A kind the script could not read is"
                + " reported as unknown, never as missing. Run both again at any time to find"
                + " drift; coexist emit powershell --against snapshot.json writes a script that"
                + " changes only what differs."),
        List.of(
            CodeSample.of(
                "powershell",
                "coexist emit snapshot --environment "
                    + plan.environment().key()
                    + " -o snapshot.ps1\n"
                    + ".\\snapshot.ps1 -OutputPath .\\snapshot.json\n"
                    + "coexist diff plan.yaml snapshot.json")));
  }

  /**
   * Validate-OutboundConnector sends a test message through the connector: its recipient must be in
   * the connector's domain (Microsoft's reference), so the check uses postmaster of the connector's
   * first recipient domain.
   */
  private static void exchangeOnline(CoexistencePlan plan, List<RunbookStep> checks) {
    List<String> lines = new ArrayList<>();
    for (OutboundConnector c : plan.outboundConnectors()) {
      lines.add(get("Get-OutboundConnector", c));
      SmtpDomain domain =
          c.recipientDomains().isEmpty()
              ? plan.domains().dominoRouting()
              : c.recipientDomains().get(0);
      lines.add(
          PowerShellRenderer.call(
              CmdletCall.of(
                  "Validate-OutboundConnector",
                  Parameter.of("Identity", PsValue.text(c.name())),
                  Parameter.of(
                      "Recipients", PsValue.list(List.of(PsValue.text("postmaster@" + domain)))))));
    }
    for (ExchangeObject c : plan.inboundConnectors()) {
      lines.add(get("Get-InboundConnector", c));
    }
    for (ExchangeObject d : plan.remoteDomains()) {
      lines.add(get("Get-RemoteDomain", d));
    }
    checks.add(
        RunbookStep.of(
            Side.EXCHANGE,
            "The connectors and the remote domain",
            List.of(
                "Connected to Exchange Online: the Get- commands show the objects with the plan's"
                    + " values; Validate-OutboundConnector delivers a test message through the"
                    + " connector to the Domino routing domain and reports each smart host's"
                    + " result."),
            List.of(CodeSample.of("powershell", String.join("\n", lines)))));
  }

  private static void exchangeServer(CoexistencePlan plan, List<RunbookStep> checks) {
    List<String> lines = new ArrayList<>();
    for (ExchangeObject c : plan.sendConnectors()) {
      lines.add(get("Get-SendConnector", c));
    }
    for (ReceiveConnector c : plan.receiveConnectors()) {
      // A receive connector's identity is Server\Name.
      String identity = c.server().map(s -> s + "\\" + c.name()).orElse(c.name());
      lines.add(
          PowerShellRenderer.call(
              CmdletCall.of(
                  "Get-ReceiveConnector", Parameter.of("Identity", PsValue.text(identity)))));
    }
    for (ExchangeObject d : plan.remoteDomains()) {
      lines.add(get("Get-RemoteDomain", d));
    }
    for (ExchangeObject d : plan.acceptedDomains()) {
      lines.add(get("Get-AcceptedDomain", d));
    }
    for (ExchangeObject p : plan.emailAddressPolicies()) {
      lines.add(get("Get-EmailAddressPolicy", p));
    }
    checks.add(
        RunbookStep.of(
            Side.EXCHANGE,
            "The connectors, domains and address policy",
            List.of(
                "In the Exchange Management Shell: each object exists with the plan's values"
                    + " (add | Format-List to see every attribute). Mail to the Domino routing"
                    + " domain leaves through the send connector to the coexistence servers."),
            List.of(CodeSample.of("powershell", String.join("\n", lines)))));
  }

  private static String get(String cmdlet, ExchangeObject object) {
    return PowerShellRenderer.call(
        CmdletCall.of(cmdlet, Parameter.of("Identity", PsValue.text(object.name()))));
  }
}
