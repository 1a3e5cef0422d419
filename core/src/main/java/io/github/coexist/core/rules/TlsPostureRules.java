package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.util.List;

/**
 * Every path on which mail between Exchange and Domino may travel unencrypted, each a warning at
 * the attribute that decides it. The guide turns TLS off without saying so ("Always Use TLS"
 * unchecked, "Deselect TLS": E17); coexist keeps that choice possible but never silent. A plan made
 * with {@code --tls required} sets every one of these attributes except an inbound connector's
 * certificate name, which only the administrator knows.
 */
final class TlsPostureRules {
  private static final String REQUIRE = " (coexist init --tls required sets it)";

  private TlsPostureRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-TLS-001",
            WARNING,
            "The outbound connector to Domino requires TLS (TlsSettings)",
            "With TlsSettings $null or unmanaged, Exchange Online encrypts only when the"
                + " coexistence server offers TLS and falls back to plain SMTP otherwise: the"
                + " guide's \"Always Use TLS\" unchecked.",
            "E17; guide 7.1.3; Microsoft: New-OutboundConnector -TlsSettings",
            TlsPostureRules::outboundTlsSettings),
        BuiltInRule.of(
            "COEX-TLS-002",
            WARNING,
            "The inbound connector from Domino identifies the servers by certificate, not by IP"
                + " address only",
            "A connector that knows the coexistence servers only by IP address accepts their mail"
                + " without TLS; naming their certificate makes Exchange Online require it.",
            "E17; Microsoft: Identifying email from your email server;"
                + " New-InboundConnector -TlsSenderCertificateName",
            TlsPostureRules::inboundCertificate),
        BuiltInRule.of(
            "COEX-TLS-003",
            WARNING,
            "The send connector to Domino requires TLS (RequireTLS $true)",
            "Without RequireTLS, Exchange sends to the coexistence servers in plain text whenever"
                + " they do not offer STARTTLS.",
            "E17; guide 7.2.4; Microsoft: New-SendConnector -RequireTLS",
            TlsPostureRules::sendRequireTls),
        BuiltInRule.of(
            "COEX-TLS-004",
            WARNING,
            "The receive connector from Domino requires TLS (RequireTLS $true)",
            "Without RequireTLS, the coexistence servers may deliver in plain text.",
            "E17; guide 7.2.5; Microsoft: New-ReceiveConnector -RequireTLS",
            TlsPostureRules::receiveRequireTls),
        BuiltInRule.of(
            "COEX-TLS-005",
            WARNING,
            "The receive connector from Domino offers TLS (AuthMechanism Tls)",
            "The guide deselects TLS on the receive connector (7.1.4 step 11): without Tls the"
                + " connector does not even offer STARTTLS, so every message travels in plain"
                + " text.",
            "E17; guide 7.1.4 and 7.2.5; Microsoft: New-ReceiveConnector -AuthMechanism",
            TlsPostureRules::receiveOffersTls),
        BuiltInRule.of(
            "COEX-TLS-006",
            WARNING,
            "The send connector to Domino does not ignore STARTTLS",
            "IgnoreSTARTTLS $true never encrypts, even when the coexistence server offers TLS.",
            "E17; Microsoft: New-SendConnector -IgnoreSTARTTLS",
            TlsPostureRules::sendIgnoresStarttls));
  }

  static void outboundTlsSettings(CoexistencePlan plan, RuleContext ctx) {
    List<OutboundConnector> connectors = plan.outboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      OutboundConnector c = connectors.get(i);
      if (c.tlsSettings().isEmpty()) {
        ctx.report(
            PlanPath.of(ObjectKind.OUTBOUND_CONNECTOR, i).key("tlsSettings"),
            "tlsSettings is "
                + (c.explicitNulls().contains("tlsSettings") ? "$null" : "not managed")
                + ": mail to Domino may travel unencrypted",
            "set tlsSettings to EncryptionOnly, or CertificateValidation / DomainValidation when"
                + " the coexistence servers have a certificate Exchange Online trusts"
                + REQUIRE);
      }
    }
  }

  static void inboundCertificate(CoexistencePlan plan, RuleContext ctx) {
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      InboundConnector c = connectors.get(i);
      if (!c.senderIpAddresses().isEmpty() && c.tlsSenderCertificateName().isEmpty()) {
        ctx.report(
            PlanPath.of(ObjectKind.INBOUND_CONNECTOR, i).key("tlsSenderCertificateName"),
            "the coexistence servers are identified by IP address only: mail from Domino may"
                + " travel unencrypted",
            "set tlsSenderCertificateName to the name in the coexistence servers' certificate");
      }
    }
  }

  static void sendRequireTls(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      SendConnector c = connectors.get(i);
      if (!c.requireTls().orElse(false)) {
        ctx.report(
            PlanPath.of(ObjectKind.SEND_CONNECTOR, i).key("requireTls"),
            "requireTls is "
                + c.requireTls().map(String::valueOf).orElse("not managed")
                + ": mail to Domino may travel unencrypted",
            "set requireTls to true" + REQUIRE);
      }
    }
  }

  static void receiveRequireTls(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      if (!c.requireTls().orElse(false)) {
        ctx.report(
            PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, i).key("requireTls"),
            "requireTls is "
                + c.requireTls().map(String::valueOf).orElse("not managed")
                + ": mail from Domino may travel unencrypted",
            "set requireTls to true, with Tls in authMechanism" + REQUIRE);
      }
    }
  }

  static void receiveOffersTls(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      // An unmanaged list keeps the default of every usage, which includes Tls.
      boolean managed = !c.authMechanism().isEmpty() || c.explicitNulls().contains("authMechanism");
      if (managed && !c.authMechanism().contains(AuthMechanism.TLS)) {
        ctx.report(
            PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, i).key("authMechanism"),
            "authMechanism "
                + (c.authMechanism().isEmpty() ? "$null" : Show.list(c.authMechanism()))
                + " has no Tls: mail from Domino travels unencrypted",
            "add Tls to authMechanism (e.g. Tls, ExternalAuthoritative)");
      }
    }
  }

  static void sendIgnoresStarttls(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      if (connectors.get(i).ignoreStarttls().orElse(false)) {
        ctx.report(
            PlanPath.of(ObjectKind.SEND_CONNECTOR, i).key("ignoreStarttls"),
            "ignoreStarttls is true: mail to Domino is never encrypted",
            "set ignoreStarttls to false and requireTls to true");
      }
    }
  }
}
