package io.github.coexist.runbook;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws a plan's mail flow (the coexistence topology): Exchange hands mail for the Domino routing
 * domain to its outbound/send connector, which delivers to the coexistence servers as smart hosts;
 * the coexistence servers hand it to Domino and send mail for the Exchange routing domain back
 * through the inbound/receive connectors. Smart hosts and remote ranges are matched to the
 * coexistence servers by address; a smart host that is no coexistence server gets its own box, so
 * the diagram never hides a destination.
 */
final class MailFlows {
  private final List<MailFlow.Node> nodes = new ArrayList<>();
  private final List<MailFlow.Edge> edges = new ArrayList<>();
  private final Map<String, String> hostIds = new LinkedHashMap<>();

  private MailFlows() {}

  static MailFlow of(CoexistencePlan plan) {
    MailFlows flows = new MailFlows();
    flows.draw(plan);
    return MailFlow.of(flows.nodes, flows.edges);
  }

  private void draw(CoexistencePlan plan) {
    boolean online = plan.environment() == Environment.EXCHANGE_ONLINE;
    String exchange = node("exchange", exchangeLabel(plan));
    List<CoexistenceServer> servers = plan.coexistenceServers();
    for (int i = 0; i < servers.size(); i++) {
      CoexistenceServer server = servers.get(i);
      String id =
          node(
              "coex" + i,
              "Coexistence server "
                  + server.name()
                  + " ("
                  + server.address()
                  + server.publicAddress().map(p -> ", public " + p).orElse("")
                  + ")");
      hostIds.put(server.address().toString(), id);
      // Exchange Online's smart hosts name the public address.
      server.publicAddress().ifPresent(p -> hostIds.putIfAbsent(p.toString(), id));
    }
    String domino =
        node(
            "domino",
            "Domino"
                + plan.domino()
                    .flatMap(d -> d.foreignDomain())
                    .map(f -> " (foreign domain " + f + ")")
                    .orElse(""));
    String toDomino = "to " + plan.domains().dominoRouting();
    String toExchange = "to " + plan.domains().exchangeRouting();
    if (online) {
      for (int i = 0; i < plan.outboundConnectors().size(); i++) {
        OutboundConnector c = plan.outboundConnectors().get(i);
        String id = node("out" + i, "Outbound connector " + c.name());
        edge(exchange, id, "to " + domains(c.recipientDomains()));
        smartHosts(id, c.smartHosts());
      }
      for (int i = 0; i < plan.inboundConnectors().size(); i++) {
        InboundConnector c = plan.inboundConnectors().get(i);
        String id = node("in" + i, "Inbound connector " + c.name());
        for (CoexistenceServer server : servers) {
          // Known by its public address, or by the certificate it presents.
          boolean known =
              c.tlsSenderCertificateName().isPresent()
                  || server
                      .onlineAddress()
                      .address()
                      .filter(a -> c.senderIpAddresses().stream().anyMatch(r -> r.contains(a)))
                      .isPresent();
          if (known) {
            edge(hostIds.get(server.address().toString()), id, toExchange);
          }
        }
        edge(id, exchange, "");
      }
    } else {
      for (int i = 0; i < plan.sendConnectors().size(); i++) {
        SendConnector c = plan.sendConnectors().get(i);
        String id = node("send" + i, "Send connector " + c.name());
        String spaces =
            c.addressSpaces().stream()
                .map(MailFlows::addressSpace)
                .collect(Collectors.joining(", "));
        edge(exchange, id, spaces.isEmpty() ? "" : "to " + spaces);
        smartHosts(id, c.smartHosts());
      }
      for (int i = 0; i < plan.receiveConnectors().size(); i++) {
        ReceiveConnector c = plan.receiveConnectors().get(i);
        String id =
            node(
                "receive" + i,
                "Receive connector " + c.name() + c.server().map(s -> " on " + s).orElse(""));
        fromServers(servers, c.remoteIpRanges(), id, toExchange);
        edge(id, exchange, "");
      }
    }
    for (int i = 0; i < servers.size(); i++) {
      String server = hostIds.get(servers.get(i).address().toString());
      edge(server, domino, toDomino);
      edge(domino, server, toExchange);
    }
  }

  private static String exchangeLabel(CoexistencePlan plan) {
    if (plan.environment() == Environment.EXCHANGE_ONLINE) {
      return "Exchange Online" + plan.tenant().map(t -> " (" + t + ")").orElse("");
    }
    String version = plan.exchangeVersion().map(v -> " " + v.key()).orElse("");
    String servers =
        plan.transportServers().isEmpty()
            ? ""
            : " (" + String.join(", ", plan.transportServers()) + ")";
    return "Exchange Server" + version + servers;
  }

  private void smartHosts(String connector, List<SmartHost> hosts) {
    for (SmartHost host : hosts) {
      String text = host.toString();
      String id = hostIds.get(text);
      if (id == null) {
        id = node("host" + hostIds.size(), "Smart host " + text);
        hostIds.put(text, id);
      }
      edge(connector, id, "SMTP");
    }
  }

  private void fromServers(
      List<CoexistenceServer> servers, List<IpRange> ranges, String connector, String label) {
    for (CoexistenceServer server : servers) {
      if (ranges.stream().anyMatch(r -> r.contains(server.address()))) {
        edge(hostIds.get(server.address().toString()), connector, label);
      }
    }
  }

  private static String addressSpace(AddressSpace space) {
    Optional<SmtpDomain> domain = space.smtpDomain();
    return domain.map(SmtpDomain::toString).orElse(space.toString());
  }

  private static String domains(List<SmtpDomain> domains) {
    return domains.stream().map(SmtpDomain::toString).collect(Collectors.joining(", "));
  }

  private String node(String id, String label) {
    nodes.add(new MailFlow.Node(id, label));
    return id;
  }

  private void edge(String from, String to, String label) {
    edges.add(new MailFlow.Edge(from, to, label));
  }
}
