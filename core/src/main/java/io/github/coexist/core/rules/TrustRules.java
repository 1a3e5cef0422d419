package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.util.List;

/**
 * Least trust. While Domino receives internet mail ({@code mailExchanger: domino}), whatever Domino
 * forwards to Exchange includes internet mail, forged senders of the shared domain included; a
 * setting that makes mail from the coexistence servers internal makes that forged mail internal
 * too. BTCal's traffic (mail and calendar items for the accepted domains) needs none of it: an
 * anonymous connector limited to the coexistence servers carries it.
 */
final class TrustRules {
  private TrustRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-TRUST-001",
            WARNING,
            "While Domino receives internet mail, the receive connector from Domino is not"
                + " externally secured (ExternalAuthoritative)",
            "ExternalAuthoritative makes every message the coexistence servers send an"
                + " authenticated internal message: antispam and sender checks are skipped and the"
                + " sender resolves as an internal user. While the MX points at Domino, that"
                + " includes internet mail Domino forwards, a forged sender of the shared domain"
                + " included. AuthMechanism Tls with PermissionGroups AnonymousUsers, limited to"
                + " the coexistence servers, still accepts BTCal's mail for the accepted domains"
                + " (AnonymousUsers may send as an authoritative domain's sender) and grants no"
                + " relay and no internal trust; resource mailboxes then book meetings that Domino"
                + " users organise only with Set-CalendarProcessing -ProcessExternalMeetingMessages"
                + " $true.",
            "Microsoft: Receive connectors, permission groups and authentication mechanisms"
                + " (https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors);"
                + " Allow anonymous relay on Exchange servers"
                + " (https://learn.microsoft.com/exchange/mail-flow/connectors/allow-anonymous-relay)",
            TrustRules::externallySecured),
        BuiltInRule.of(
            "COEX-TRUST-002",
            WARNING,
            "While Domino receives internet mail, the inbound connector from Domino does not treat"
                + " messages as internal",
            "TreatMessagesAsInternal makes a message internal whenever its sender's domain is one"
                + " of the tenant's, and internal messages bypass antispam filtering (Microsoft"
                + " warns of the risk). While the MX points at Domino, internet mail Domino"
                + " forwards with a forged sender of the shared domain becomes internal mail. The"
                + " OnPremises connector that identifies the coexistence servers carries BTCal's"
                + " mail without it, as external mail.",
            "Microsoft: New-InboundConnector -TreatMessagesAsInternal"
                + " (https://learn.microsoft.com/powershell/module/exchangepowershell/new-inboundconnector)",
            TrustRules::treatsAsInternal),
        BuiltInRule.of(
            "COEX-TRUST-003",
            WARNING,
            "No remote domain trusts mail by its sender domain (TrustedMailInboundEnabled)",
            "TrustedMailInboundEnabled $true lets every message whose sender is in the remote"
                + " domain bypass content and recipient filtering, whichever server sent it: anyone"
                + " can write the Domino routing domain in a sender address, through Domino while"
                + " it is the MX or straight to Exchange. BTCal's mail needs no such trust; the"
                + " connector from Domino decides how its mail is treated. This replaces the"
                + " guide's advice (7.1.1, 7.2.1), which COEX-RDOM-005 used to ask for.",
            "guide 7.1.1 and 7.2.1; Microsoft: Set-RemoteDomain -TrustedMailInboundEnabled"
                + " (https://learn.microsoft.com/powershell/module/exchangepowershell/set-remotedomain)",
            TrustRules::trustedMailInbound));
  }

  private static boolean dominoIsMx(CoexistencePlan plan) {
    return plan.mailExchanger() == MailExchanger.DOMINO;
  }

  static void externallySecured(CoexistencePlan plan, RuleContext ctx) {
    if (!dominoIsMx(plan)) {
      return;
    }
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      int at = connectors.get(i).authMechanism().indexOf(AuthMechanism.EXTERNAL_AUTHORITATIVE);
      if (at >= 0) {
        ctx.report(
            PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, i).key("authMechanism").index(at),
            "ExternalAuthoritative on "
                + Show.quoted(connectors.get(i).name())
                + " while Domino receives internet mail (mailExchanger: domino): mail Domino"
                + " forwards, forged senders included, becomes authenticated internal mail",
            "use authMechanism Tls with permissionGroups AnonymousUsers (remoteIpRanges limited to"
                + " the coexistence servers), or set mailExchanger to exchange once the MX points"
                + " at Exchange");
      }
    }
  }

  static void treatsAsInternal(CoexistencePlan plan, RuleContext ctx) {
    if (!dominoIsMx(plan)) {
      return;
    }
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      if (connectors.get(i).treatMessagesAsInternal().orElse(false)) {
        ctx.report(
            PlanPath.of(ObjectKind.INBOUND_CONNECTOR, i).key("treatMessagesAsInternal"),
            "treatMessagesAsInternal on "
                + Show.quoted(connectors.get(i).name())
                + " while Domino receives internet mail (mailExchanger: domino): forged senders of"
                + " the tenant's domains that Domino forwards become internal mail",
            "remove treatMessagesAsInternal (the OnPremises connector still carries Domino's"
                + " mail), or set mailExchanger to exchange once the MX points at Exchange");
      }
    }
  }

  static void trustedMailInbound(CoexistencePlan plan, RuleContext ctx) {
    List<RemoteDomain> domains = plan.remoteDomains();
    for (int i = 0; i < domains.size(); i++) {
      if (domains.get(i).trustedMailInboundEnabled().orElse(false)) {
        ctx.report(
            PlanPath.of(ObjectKind.REMOTE_DOMAIN, i).key("trustedMailInboundEnabled"),
            "remote domain "
                + Show.quoted(domains.get(i).name())
                + " trusts every message whose sender claims its domain",
            "set trustedMailInboundEnabled to false");
      }
    }
  }
}
