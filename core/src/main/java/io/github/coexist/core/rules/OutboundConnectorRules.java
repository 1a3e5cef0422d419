package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ConnectorType;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.TlsAuthLevel;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exchange Online's outbound connector to the coexistence servers: the corrected form of the
 * guide's Office 365 "send connector" (guide 7.1.3; E8).
 */
final class OutboundConnectorRules {
  private OutboundConnectorRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-EXO-009",
            ERROR,
            "UseMXRecord $false comes with SmartHosts",
            "Without MX lookup the connector needs smart hosts to deliver to; the cmdlet refuses"
                + " it otherwise.",
            "E8; Microsoft: New-OutboundConnector -UseMXRecord",
            OutboundConnectorRules::noMxNeedsSmartHosts),
        BuiltInRule.of(
            "COEX-EXO-010",
            WARNING,
            "SmartHosts are not combined with UseMXRecord $true",
            "With MX lookup the smart hosts are ignored: mail for Domino would follow the"
                + " domain's MX records instead of going to the coexistence servers.",
            "E8; Microsoft: New-OutboundConnector -SmartHosts",
            OutboundConnectorRules::smartHostsIgnored),
        BuiltInRule.of(
            "COEX-EXO-011",
            ERROR,
            "An outbound connector's RecipientDomains cover the Domino routing domain",
            "The connector carries mail to Domino because its recipient domains match the Domino"
                + " routing subdomain.",
            "E8; guide 7.1.3; Microsoft: New-OutboundConnector -RecipientDomains",
            OutboundConnectorRules::coversDominoDomain),
        BuiltInRule.of(
            "COEX-EXO-012",
            ERROR,
            "AllAcceptedDomains, RouteAllMessagesViaOnPremises and SenderRewritingEnabled only"
                + " with ConnectorType OnPremises",
            "Microsoft allows these only on OnPremises connectors (the default type is Partner).",
            "Microsoft: New-OutboundConnector",
            OutboundConnectorRules::onPremisesOnlySettings),
        BuiltInRule.of(
            "COEX-EXO-013",
            WARNING,
            "TlsDomain only with TlsSettings DomainValidation",
            "TlsDomain is used only by DomainValidation; with any other setting it is ignored.",
            "Microsoft: New-OutboundConnector -TlsDomain",
            OutboundConnectorRules::tlsDomainIgnored));
  }

  private static PlanPath outbound(int index) {
    return PlanPath.of(ObjectKind.OUTBOUND_CONNECTOR, index);
  }

  static void noMxNeedsSmartHosts(CoexistencePlan plan, RuleContext ctx) {
    List<OutboundConnector> connectors = plan.outboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      OutboundConnector c = connectors.get(i);
      if (c.useMxRecord().equals(Optional.of(false)) && c.smartHosts().isEmpty()) {
        ctx.report(
            outbound(i).key("smartHosts"),
            "useMxRecord is false but there are no smart hosts",
            "list the coexistence servers' addresses as smartHosts");
      }
    }
  }

  static void smartHostsIgnored(CoexistencePlan plan, RuleContext ctx) {
    List<OutboundConnector> connectors = plan.outboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      OutboundConnector c = connectors.get(i);
      if (!c.smartHosts().isEmpty() && !c.useMxRecord().equals(Optional.of(false))) {
        ctx.report(
            outbound(i).key("useMxRecord"),
            "smart hosts "
                + Show.list(c.smartHosts())
                + " are ignored while useMxRecord is "
                + c.useMxRecord().map(String::valueOf).orElse("not set (default true)"),
            "set useMxRecord to false");
      }
    }
  }

  static void coversDominoDomain(CoexistencePlan plan, RuleContext ctx) {
    SmtpDomain domino = plan.domains().dominoRouting();
    List<OutboundConnector> connectors = plan.outboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      OutboundConnector c = connectors.get(i);
      if (c.isTransportRuleScoped().orElse(false)) {
        continue; // a transport rule, not the recipient domains, selects its mail
      }
      List<SmtpDomain> domains = c.recipientDomains();
      if (domains.stream().noneMatch(d -> d.covers(domino))) {
        ctx.report(
            outbound(i).key("recipientDomains"),
            domains.isEmpty()
                ? "no recipient domains: the connector carries no mail to " + domino
                : "recipient domains " + Show.list(domains) + " do not cover " + domino,
            "add " + domino + " to recipientDomains");
      }
    }
  }

  static void onPremisesOnlySettings(CoexistencePlan plan, RuleContext ctx) {
    List<OutboundConnector> connectors = plan.outboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      OutboundConnector c = connectors.get(i);
      if (c.connectorType().equals(Optional.of(ConnectorType.ON_PREMISES))) {
        continue;
      }
      Map<String, Optional<Boolean>> settings =
          ImmutableMap.of(
              "allAcceptedDomains", c.allAcceptedDomains(),
              "routeAllMessagesViaOnPremises", c.routeAllMessagesViaOnPremises(),
              "senderRewritingEnabled", c.senderRewritingEnabled());
      for (Map.Entry<String, Optional<Boolean>> setting : settings.entrySet()) {
        if (setting.getValue().orElse(false)) {
          ctx.report(
              outbound(i).key(setting.getKey()),
              setting.getKey()
                  + " on a connector of type "
                  + c.connectorType().map(ConnectorType::exchangeName).orElse("Partner (default)"),
              "set connectorType to OnPremises, or remove " + setting.getKey());
        }
      }
    }
  }

  static void tlsDomainIgnored(CoexistencePlan plan, RuleContext ctx) {
    List<OutboundConnector> connectors = plan.outboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      OutboundConnector c = connectors.get(i);
      if (c.tlsDomain().isPresent()
          && !c.tlsSettings().equals(Optional.of(TlsAuthLevel.DOMAIN_VALIDATION))) {
        ctx.report(
            outbound(i).key("tlsDomain"),
            "tlsDomain "
                + c.tlsDomain().get()
                + " is ignored with tlsSettings "
                + c.tlsSettings().map(TlsAuthLevel::exchangeName).orElse("$null or unset"),
            "set tlsSettings to DomainValidation, or remove tlsDomain");
      }
    }
  }
}
