package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The send connector that carries mail from Exchange to Domino (guide 7.2.4; E11, E12, E19). */
final class SendConnectorRules {
  private SendConnectorRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-SEND-001",
            ERROR,
            "A send connector's address spaces cover the Domino routing domain",
            "The connector carries mail to Domino users because its address space matches their"
                + " addresses at the Domino routing subdomain; without it the mail goes elsewhere.",
            "guide 7.2.4; Microsoft: New-SendConnector -AddressSpaces",
            SendConnectorRules::coversDominoDomain),
        BuiltInRule.of(
            "COEX-SEND-002",
            ERROR,
            "Each address space appears once",
            "The guide lists domino.<X> twice (E12); a repeated address space is at best redundant"
                + " and, with another cost, contradicts itself.",
            "E12; guide 7.2.4",
            SendConnectorRules::duplicateAddressSpace),
        BuiltInRule.of(
            "COEX-SEND-003",
            ERROR,
            "DNSRoutingEnabled $false comes with SmartHosts",
            "Without DNS routing the connector needs smart hosts on the same command line;"
                + " New-SendConnector refuses it otherwise.",
            "Microsoft: New-SendConnector -DNSRoutingEnabled",
            SendConnectorRules::dnsOffNeedsSmartHosts),
        BuiltInRule.of(
            "COEX-SEND-004",
            ERROR,
            "SmartHosts come with DNSRoutingEnabled $false",
            "Smart hosts are used only when DNS routing is off; the cmdlet requires both together.",
            "Microsoft: New-SendConnector -SmartHosts",
            SendConnectorRules::smartHostsNeedDnsOff),
        BuiltInRule.of(
            "COEX-SEND-005",
            WARNING,
            "Smart hosts are coexistence servers",
            "Mail for Domino should go to the BTCal coexistence servers; another host (a load"
                + " balancer may be intended) is worth a second look.",
            "guide 7.2.4; E11",
            SendConnectorRules::smartHostsAreServers),
        BuiltInRule.of(
            "COEX-SEND-006",
            ERROR,
            "Send connector smart hosts are host names or single IP addresses",
            "New-SendConnector takes FQDNs and literal IP addresses; a CIDR block is an outbound"
                + " connector's form and is refused here.",
            "Microsoft: New-SendConnector -SmartHosts",
            SendConnectorRules::smartHostForm),
        BuiltInRule.of(
            "COEX-SEND-007",
            ERROR,
            "SourceTransportServers is not empty",
            "The connector must name the Exchange servers that send to Domino; the guide's"
                + " BTM-Exch2016 is a lab name (E19), so the plan must give its own.",
            "E19; guide 7.2.4; Microsoft: New-SendConnector -SourceTransportServers",
            SendConnectorRules::sourceServersPresent),
        BuiltInRule.of(
            "COEX-SEND-008",
            WARNING,
            "Source transport servers are transport servers of the plan",
            "A source server the plan does not list as a transport server is often a typo or a"
                + " lab name (E19).",
            "E19",
            SendConnectorRules::sourceServersKnown));
  }

  private static PlanPath send(int index) {
    return PlanPath.of(ObjectKind.SEND_CONNECTOR, index);
  }

  static void coversDominoDomain(CoexistencePlan plan, RuleContext ctx) {
    SmtpDomain domino = plan.domains().dominoRouting();
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<AddressSpace> spaces = connectors.get(i).addressSpaces();
      boolean covered =
          spaces.stream().anyMatch(s -> s.smtpDomain().filter(d -> d.covers(domino)).isPresent());
      if (!covered) {
        ctx.report(
            send(i).key("addressSpaces"),
            spaces.isEmpty()
                ? "no address space: the connector carries no mail to " + domino
                : "address spaces " + Show.list(spaces) + " do not cover " + domino,
            "add the address space SMTP:" + domino + ";1");
      }
    }
  }

  static void duplicateAddressSpace(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<AddressSpace> spaces = connectors.get(i).addressSpaces();
      // Type and address identify an address space; the cost does not.
      Map<String, Integer> seen = Maps.newHashMapWithExpectedSize(spaces.size());
      for (int j = 0; j < spaces.size(); j++) {
        AddressSpace space = spaces.get(j);
        String key = space.type() + ":" + space.address().toLowerCase(Locale.ROOT);
        Integer first = seen.putIfAbsent(key, j);
        if (first != null) {
          ctx.report(
              send(i).key("addressSpaces").index(j),
              "address space "
                  + space
                  + " repeats addressSpaces["
                  + first
                  + "] ("
                  + spaces.get(first)
                  + ")",
              "list each address space once");
        }
      }
    }
  }

  static void dnsOffNeedsSmartHosts(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      SendConnector c = connectors.get(i);
      if (!c.dnsRoutingEnabled().orElse(true) && c.smartHosts().isEmpty()) {
        ctx.report(
            send(i).key("smartHosts"),
            "dnsRoutingEnabled is false but there are no smart hosts",
            "list the coexistence servers' addresses as smartHosts");
      }
    }
  }

  static void smartHostsNeedDnsOff(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      SendConnector c = connectors.get(i);
      if (!c.smartHosts().isEmpty() && c.dnsRoutingEnabled().orElse(true)) {
        ctx.report(
            send(i).key("dnsRoutingEnabled"),
            "smart hosts are listed but dnsRoutingEnabled is "
                + c.dnsRoutingEnabled().map(String::valueOf).orElse("not set to false"),
            "set dnsRoutingEnabled to false");
      }
    }
  }

  static void smartHostsAreServers(CoexistencePlan plan, RuleContext ctx) {
    AddressSet servers = PlanFacts.serverAddresses(plan);
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<SmartHost> hosts = connectors.get(i).smartHosts();
      for (int j = 0; j < hosts.size(); j++) {
        SmartHost host = hosts.get(j);
        if (host.kind() == SmartHost.Kind.CIDR) {
          continue; // COEX-SEND-006
        }
        if (host.address().isEmpty() || !servers.contains(host.address().get())) {
          ctx.report(
              send(i).key("smartHosts").index(j),
              "smart host "
                  + host
                  + " is not the address of a coexistence server"
                  + (host.kind() == SmartHost.Kind.HOSTNAME ? " (a host name)" : ""),
              "use the coexistence servers' addresses, or keep it if it is a load balancer in"
                  + " front of them");
        }
      }
    }
  }

  static void smartHostForm(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<SmartHost> hosts = connectors.get(i).smartHosts();
      for (int j = 0; j < hosts.size(); j++) {
        if (hosts.get(j).kind() == SmartHost.Kind.CIDR) {
          ctx.report(
              send(i).key("smartHosts").index(j),
              "smart host " + hosts.get(j) + " is a CIDR block",
              "list each coexistence server's address (or a host name) instead");
        }
      }
    }
  }

  static void sourceServersPresent(CoexistencePlan plan, RuleContext ctx) {
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      if (connectors.get(i).sourceTransportServers().isEmpty()) {
        ctx.report(
            send(i).key("sourceTransportServers"),
            "the connector names no source transport server",
            plan.transportServers().isEmpty()
                ? "list the Exchange servers that send to Domino"
                : "list the plan's transport servers: " + Show.names(plan.transportServers()));
      }
    }
  }

  static void sourceServersKnown(CoexistencePlan plan, RuleContext ctx) {
    if (plan.transportServers().isEmpty()) {
      return;
    }
    Set<String> known = new HashSet<>();
    plan.transportServers().forEach(s -> known.add(PlanFacts.nameKey(s)));
    List<SendConnector> connectors = plan.sendConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<String> sources = connectors.get(i).sourceTransportServers();
      for (int j = 0; j < sources.size(); j++) {
        if (!known.contains(PlanFacts.nameKey(sources.get(j)))) {
          ctx.report(
              send(i).key("sourceTransportServers").index(j),
              "source server "
                  + Show.quoted(sources.get(j))
                  + " is not among the plan's transportServers",
              "use one of " + Show.names(plan.transportServers()) + ", or add it there");
        }
      }
    }
  }
}
