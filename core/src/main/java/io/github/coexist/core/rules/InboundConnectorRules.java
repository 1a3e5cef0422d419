package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ConnectorType;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Exchange Online's inbound connector from the coexistence servers: the corrected form of the
 * guide's Office 365 "receive connector" (guide 7.1.4; E7).
 */
final class InboundConnectorRules {
  /** Exchange Online takes CIDR blocks from /24 to /32 in SenderIPAddresses. */
  static final int WIDEST_PREFIX = 24;

  private InboundConnectorRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-EXO-001",
            ERROR,
            "An inbound connector names its SenderDomains",
            "SenderDomains is mandatory for New-InboundConnector; the script would stop.",
            "E7; Microsoft: New-InboundConnector -SenderDomains",
            InboundConnectorRules::senderDomainsPresent),
        BuiltInRule.of(
            "COEX-EXO-002",
            ERROR,
            "SenderIPAddresses are IPv4",
            "Exchange Online takes no IPv6 addresses in SenderIPAddresses; an IPv6 coexistence"
                + " server is identified by its certificate instead.",
            "E7; Microsoft: New-InboundConnector -SenderIPAddresses",
            InboundConnectorRules::ipv4Only),
        BuiltInRule.of(
            "COEX-EXO-003",
            ERROR,
            "SenderIPAddresses are single addresses or CIDR blocks /24 to /32",
            "Exchange Online refuses first-last ranges and blocks wider than /24 (a /16, for"
                + " example).",
            "E7; Microsoft: New-InboundConnector -SenderIPAddresses",
            InboundConnectorRules::addressForm),
        BuiltInRule.of(
            "COEX-EXO-004",
            ERROR,
            "An OnPremises inbound connector identifies the coexistence servers",
            "Exchange Online recognises mail from your own servers by their IP addresses or by"
                + " the certificate name they present; with neither, the connector matches nothing.",
            "Microsoft: Identifying email from your email server; New-InboundConnector",
            InboundConnectorRules::identifiesServers),
        BuiltInRule.of(
            "COEX-EXO-005",
            ERROR,
            "An inbound connector identified by IP address lists every coexistence server",
            "Mail from a coexistence server that is not listed is treated as internet mail (spam"
                + " filtering, no TreatMessagesAsInternal). Exchange Online sees a server's public"
                + " address (coexistenceServers[].publicAddress), or its address when it has none.",
            "E7; guide 7.1.4",
            InboundConnectorRules::listsEveryServer),
        BuiltInRule.of(
            "COEX-EXO-006",
            ERROR,
            "TreatMessagesAsInternal only on an OnPremises connector",
            "Microsoft allows TreatMessagesAsInternal only with ConnectorType OnPremises (the"
                + " default type is Partner).",
            "E7; Microsoft: New-InboundConnector -TreatMessagesAsInternal",
            InboundConnectorRules::internalNeedsOnPremises),
        BuiltInRule.of(
            "COEX-EXO-007",
            ERROR,
            "TreatMessagesAsInternal not with CloudServicesMailEnabled",
            "The two are mutually exclusive; the cmdlet refuses them together.",
            "Microsoft: New-InboundConnector -TreatMessagesAsInternal",
            InboundConnectorRules::internalNotWithCloudServices),
        BuiltInRule.of(
            "COEX-EXO-008",
            WARNING,
            "A connector that treats mail as internal trusts only the coexistence servers",
            "TreatMessagesAsInternal bypasses antispam for mail from the listed addresses; other"
                + " hosts in a listed block could send as internal senders.",
            "Microsoft: New-InboundConnector -TreatMessagesAsInternal",
            InboundConnectorRules::internalTrustsOnlyServers));
  }

  private static PlanPath inbound(int index) {
    return PlanPath.of(ObjectKind.INBOUND_CONNECTOR, index);
  }

  private static boolean isOnPremises(InboundConnector connector) {
    return connector.connectorType().equals(Optional.of(ConnectorType.ON_PREMISES));
  }

  /** Whether Exchange Online accepts the range in SenderIPAddresses. */
  static boolean acceptedForm(IpRange range) {
    if (!range.isIpv4()) {
      return false;
    }
    return range.kind() == IpRange.Kind.SINGLE
        || (range.kind() == IpRange.Kind.CIDR && range.prefixLength().getAsInt() >= WIDEST_PREFIX);
  }

  static void senderDomainsPresent(CoexistencePlan plan, RuleContext ctx) {
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      if (connectors.get(i).senderDomains().isEmpty()) {
        ctx.report(
            inbound(i).key("senderDomains"),
            "inbound connector " + Show.quoted(connectors.get(i).name()) + " has no senderDomains",
            "list the domains Domino users send from, e.g. "
                + plan.domains().primary()
                + " and "
                + plan.domains().dominoRouting());
      }
    }
  }

  static void ipv4Only(CoexistencePlan plan, RuleContext ctx) {
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<IpRange> ranges = connectors.get(i).senderIpAddresses();
      for (int j = 0; j < ranges.size(); j++) {
        if (!ranges.get(j).isIpv4()) {
          ctx.report(
              inbound(i).key("senderIpAddresses").index(j),
              ranges.get(j) + " is IPv6; Exchange Online takes IPv4 sender addresses only",
              "identify an IPv6 coexistence server by tlsSenderCertificateName instead");
        }
      }
    }
  }

  static void addressForm(CoexistencePlan plan, RuleContext ctx) {
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<IpRange> ranges = connectors.get(i).senderIpAddresses();
      for (int j = 0; j < ranges.size(); j++) {
        IpRange range = ranges.get(j);
        if (!range.isIpv4() || acceptedForm(range)) {
          continue; // IPv6: COEX-EXO-002
        }
        ctx.report(
            inbound(i).key("senderIpAddresses").index(j),
            range.kind() == IpRange.Kind.RANGE
                ? range
                    + " is a first-last range; Exchange Online takes single addresses and CIDR"
                    + " /24 to /32"
                : range + " is wider than /" + WIDEST_PREFIX + "; Exchange Online takes /24 to /32",
            "list the coexistence servers' addresses one by one");
      }
    }
  }

  static void identifiesServers(CoexistencePlan plan, RuleContext ctx) {
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      InboundConnector c = connectors.get(i);
      if (isOnPremises(c)
          && c.senderIpAddresses().isEmpty()
          && c.tlsSenderCertificateName().isEmpty()) {
        ctx.report(
            inbound(i).key("senderIpAddresses"),
            "OnPremises connector "
                + Show.quoted(c.name())
                + " has neither senderIpAddresses nor tlsSenderCertificateName",
            "list the coexistence servers' addresses in senderIpAddresses, or name their"
                + " certificate in tlsSenderCertificateName");
      }
    }
  }

  static void listsEveryServer(CoexistencePlan plan, RuleContext ctx) {
    AddressSet servers = PlanFacts.onlineServerAddresses(plan);
    List<String> byName = new java.util.ArrayList<>();
    for (var server : plan.coexistenceServers()) {
      server
          .onlineAddress()
          .hostName()
          .ifPresent(h -> byName.add(Show.quoted(server.name()) + " (" + h + ")"));
    }
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      InboundConnector c = connectors.get(i);
      boolean byAddress =
          isOnPremises(c)
              && !c.senderIpAddresses().isEmpty()
              && c.tlsSenderCertificateName().isEmpty();
      if (!byAddress) {
        continue;
      }
      if (!byName.isEmpty()) {
        ctx.report(
            inbound(i).key("senderIpAddresses"),
            "coexistence server"
                + (byName.size() == 1 ? " " : "s ")
                + Show.list(byName)
                + (byName.size() == 1 ? " is" : " are")
                + " known to Exchange Online by host name, which senderIpAddresses cannot hold",
            "name the servers' certificate in tlsSenderCertificateName, or give them public IPv4"
                + " addresses");
      }
      List<IpAddress> missing = servers.notCoveredBy(c.senderIpAddresses());
      if (!missing.isEmpty()) {
        ctx.report(
            inbound(i).key("senderIpAddresses"),
            "coexistence server address"
                + (missing.size() == 1 ? " " : "es ")
                + Show.list(missing)
                + (missing.size() == 1 ? " is" : " are")
                + " not in senderIpAddresses",
            "add the IPv4 addresses to senderIpAddresses, or name the servers' certificate in"
                + " tlsSenderCertificateName");
      }
    }
  }

  static void internalNeedsOnPremises(CoexistencePlan plan, RuleContext ctx) {
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      InboundConnector c = connectors.get(i);
      if (c.treatMessagesAsInternal().orElse(false) && !isOnPremises(c)) {
        ctx.report(
            inbound(i).key("treatMessagesAsInternal"),
            "treatMessagesAsInternal on a connector of type "
                + c.connectorType().map(ConnectorType::exchangeName).orElse("Partner (default)"),
            "set connectorType to OnPremises");
      }
    }
  }

  static void internalNotWithCloudServices(CoexistencePlan plan, RuleContext ctx) {
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      InboundConnector c = connectors.get(i);
      if (c.treatMessagesAsInternal().orElse(false) && c.cloudServicesMailEnabled().orElse(false)) {
        ctx.report(
            inbound(i).key("treatMessagesAsInternal"),
            "treatMessagesAsInternal together with cloudServicesMailEnabled",
            "remove cloudServicesMailEnabled (it is for Exchange hybrid, not for Domino)");
      }
    }
  }

  static void internalTrustsOnlyServers(CoexistencePlan plan, RuleContext ctx) {
    AddressSet servers = PlanFacts.onlineServerAddresses(plan);
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      InboundConnector c = connectors.get(i);
      if (!c.treatMessagesAsInternal().orElse(false)) {
        continue;
      }
      List<IpRange> ranges = c.senderIpAddresses();
      for (int j = 0; j < ranges.size(); j++) {
        IpRange range = ranges.get(j);
        if (!acceptedForm(range)) {
          continue; // an error of COEX-EXO-002 or -003 already
        }
        BigInteger strangers = servers.countOutside(range);
        if (strangers.signum() > 0) {
          ctx.report(
              inbound(i).key("senderIpAddresses").index(j),
              range
                  + " lets "
                  + strangers
                  + (strangers.equals(BigInteger.ONE) ? " address" : " addresses")
                  + " that are not coexistence servers send as internal senders",
              "list the coexistence servers' addresses one by one");
        }
      }
    }
  }
}
