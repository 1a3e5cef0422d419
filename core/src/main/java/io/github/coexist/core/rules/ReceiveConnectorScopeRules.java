package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where receive connectors live and whom they answer: the coexistence servers in range, one
 * connector per transport server (E21), and no two connectors of one server that Exchange cannot
 * tell apart.
 */
final class ReceiveConnectorScopeRules {
  private ReceiveConnectorScopeRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-RECV-008",
            ERROR,
            "RemoteIPRanges include every coexistence server",
            "Mail from a coexistence server outside the ranges does not reach this connector: it"
                + " lands on the default connector as anonymous internet mail, or is refused.",
            "guide 7.2.5; E11",
            ReceiveConnectorScopeRules::coversServers),
        BuiltInRule.of(
            "COEX-RECV-009",
            ERROR,
            "Every transport server has a receive connector for Domino",
            "A receive connector belongs to one server; with several transport servers each needs"
                + " its own, or mail from Domino that reaches the others is treated as internet"
                + " mail.",
            "E21; guide 7.2.5; Microsoft: New-ReceiveConnector -Server",
            ReceiveConnectorScopeRules::onePerTransportServer),
        BuiltInRule.of(
            "COEX-RECV-010",
            ERROR,
            "A receive connector names its server",
            "Without -Server the connector is created on whichever server runs the script, and"
                + " its bindings must be local to that server.",
            "E21; Microsoft: New-ReceiveConnector -Server",
            ReceiveConnectorScopeRules::namesServer),
        BuiltInRule.of(
            "COEX-RECV-011",
            WARNING,
            "A receive connector's server is a transport server of the plan",
            "A server the plan does not list is often a typo or a lab name (E19).",
            "E19, E21",
            ReceiveConnectorScopeRules::serverKnown),
        BuiltInRule.of(
            "COEX-RECV-012",
            ERROR,
            "Connectors of one server that share a binding have nested or disjoint remote ranges",
            "An IP:port pair may be shared only when RemoteIPRanges tell the connectors apart:"
                + " overlapping ranges are allowed only when one contains the other (the most"
                + " specific wins). Checked by sorting, not by comparing every pair.",
            "Microsoft: Receive connectors; New-ReceiveConnector -Bindings, -RemoteIPRanges",
            ReceiveConnectorScopeRules::bindingOverlap));
  }

  /** A server (compared ignoring case) and one of its bindings. */
  private record BindingKey(String server, Binding binding) {
    // Written out: a record's own equals and hashCode are linked through method handles on first
    // use, a cost every short `coexist validate` run pays (docs/performance.md has the figures).
    @Override
    public boolean equals(Object other) {
      return other instanceof BindingKey bindingKey
          && server.equals(bindingKey.server)
          && binding.equals(bindingKey.binding);
    }

    @Override
    public int hashCode() {
      return 31 * server.hashCode() + binding.hashCode();
    }
  }

  private static PlanPath receive(int index) {
    return PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, index);
  }

  static void coversServers(CoexistencePlan plan, RuleContext ctx) {
    AddressSet servers = PlanFacts.serverAddresses(plan);
    if (servers.isEmpty()) {
      return;
    }
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      if (c.remoteIpRanges().isEmpty()) {
        continue; // unmanaged: the connector's current ranges are kept
      }
      List<IpAddress> missing = servers.notCoveredBy(c.remoteIpRanges());
      if (!missing.isEmpty()) {
        ctx.report(
            receive(i).key("remoteIpRanges"),
            "coexistence server address"
                + (missing.size() == 1 ? " " : "es ")
                + Show.list(missing)
                + (missing.size() == 1 ? " is" : " are")
                + " not in remoteIpRanges",
            "add " + Show.list(missing) + " to remoteIpRanges");
      }
    }
  }

  static void onePerTransportServer(CoexistencePlan plan, RuleContext ctx) {
    if (!PlanFacts.isServer(plan)) {
      return;
    }
    Set<String> served = new HashSet<>();
    for (ReceiveConnector c : plan.receiveConnectors()) {
      c.server().ifPresent(s -> served.add(PlanFacts.nameKey(s)));
    }
    List<String> transport = plan.transportServers();
    for (int k = 0; k < transport.size(); k++) {
      if (!served.contains(PlanFacts.nameKey(transport.get(k)))) {
        ctx.report(
            PlanPath.root("transportServers").index(k),
            "transport server "
                + Show.quoted(transport.get(k))
                + " has no receive connector for Domino",
            "add a receive connector with server "
                + Show.quoted(transport.get(k))
                + " and the same remote ranges as the others");
      }
    }
  }

  static void namesServer(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      if (connectors.get(i).server().isEmpty()) {
        ctx.report(
            receive(i).key("server"),
            "receive connector " + Show.quoted(connectors.get(i).name()) + " names no server",
            plan.transportServers().isEmpty()
                ? "set server to the Exchange server that receives from Domino"
                : "set server to one of " + Show.names(plan.transportServers()));
      }
    }
  }

  static void serverKnown(CoexistencePlan plan, RuleContext ctx) {
    if (plan.transportServers().isEmpty()) {
      return;
    }
    Set<String> known = new HashSet<>();
    plan.transportServers().forEach(s -> known.add(PlanFacts.nameKey(s)));
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      String server = connectors.get(i).server().orElse(null);
      if (server != null && !known.contains(PlanFacts.nameKey(server))) {
        ctx.report(
            receive(i).key("server"),
            "server " + Show.quoted(server) + " is not among the plan's transportServers",
            "use one of " + Show.names(plan.transportServers()) + ", or add it there");
      }
    }
  }

  static void bindingOverlap(CoexistencePlan plan, RuleContext ctx) {
    // Group by server and exact binding: 0.0.0.0:25 and 10.0.0.5:25 are different bindings (the
    // specific local address wins), the same binding twice is shared.
    Map<BindingKey, List<CrossingRanges.Item>> groups = new LinkedHashMap<>();
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      String server = PlanFacts.nameKey(c.server().orElse(""));
      for (Binding binding : new LinkedHashSet<>(c.bindings())) {
        List<CrossingRanges.Item> items =
            groups.computeIfAbsent(new BindingKey(server, binding), k -> new ArrayList<>());
        for (int j = 0; j < c.remoteIpRanges().size(); j++) {
          items.add(new CrossingRanges.Item(c.remoteIpRanges().get(j), i, j));
        }
      }
    }
    // One finding per range, in plan order, whichever binding showed it first.
    TreeMap<Long, String> findings = new TreeMap<>();
    for (var group : groups.entrySet()) {
      Binding binding = group.getKey().binding();
      for (CrossingRanges.Conflict conflict : CrossingRanges.find(group.getValue())) {
        CrossingRanges.Item mine = conflict.item();
        CrossingRanges.Item other = conflict.other();
        boolean equal =
            mine.range().first().equals(other.range().first())
                && mine.range().last().equals(other.range().last());
        String message =
            mine.range()
                + (equal ? " is the same range as " : " overlaps ")
                + other.range()
                + " of receiveConnectors["
                + other.owner()
                + "] ("
                + Show.quoted(connectors.get(other.owner()).name())
                + ") on binding "
                + binding
                + (equal ? "" : ", and neither contains the other");
        findings.putIfAbsent(((long) mine.owner() << 32) | mine.ref(), message);
      }
    }
    for (var finding : findings.entrySet()) {
      int owner = (int) (finding.getKey() >>> 32);
      int ref = finding.getKey().intValue();
      ctx.report(
          receive(owner).key("remoteIpRanges").index(ref),
          finding.getValue(),
          "make the ranges disjoint, or nest one inside the other, or use another binding");
    }
  }
}
