package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.SpecialPurposeAddresses;
import java.util.List;
import java.util.Optional;

/**
 * Exchange Online is on the internet: it connects to its smart hosts and recognises senders by the
 * addresses the internet sees. An address of a special-purpose block (RFC 1918, RFC 6598, loopback,
 * link-local, unique-local and the other blocks of IANA's special-purpose registries) or a name
 * only an internal DNS answers is never reached.
 */
final class ReachabilityRules {
  /**
   * Top-level names of IANA's Special-Use Domain Names registry (RFC 6761 and later), and {@code
   * internal}, which ICANN reserved for private use in 2024: the internet's DNS answers none of
   * them. {@code home.arpa} is checked as a suffix of its own.
   */
  private static final ImmutableSet<String> SPECIAL_USE_NAMES =
      ImmutableSet.of(
          "localhost", "local", "test", "invalid", "example", "onion", "alt", "internal");

  private static final SmtpDomain HOME_ARPA = SmtpDomain.parse("home.arpa");

  private ReachabilityRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-REACH-001",
            ERROR,
            "Exchange Online's smart hosts and sender addresses, and the servers' public addresses,"
                + " are reachable from the internet",
            "Exchange Online connects to an outbound connector's SmartHosts and recognises an"
                + " inbound connector's SenderIPAddresses over the internet, which does not route"
                + " private (RFC 1918), shared (RFC 6598), loopback, link-local, unique-local"
                + " (fc00::/7) or other special-purpose addresses, nor resolve single-label names"
                + " or special-use names such as .local: connectors need the on-premises server's"
                + " external address. EFSkipIPs is not checked: it names hops in the Received"
                + " headers, which may be internal.",
            "Microsoft: Set up connectors to route mail between Microsoft 365 and your own email"
                + " servers"
                + " (https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail);"
                + " IANA IPv4 and IPv6 Special-Purpose Address Registries"
                + " (https://www.iana.org/assignments/iana-ipv4-special-registry/,"
                + " https://www.iana.org/assignments/iana-ipv6-special-registry/); IANA"
                + " Special-Use Domain Names",
            ReachabilityRules::reachable));
  }

  static void reachable(CoexistencePlan plan, RuleContext ctx) {
    List<CoexistenceServer> servers = plan.coexistenceServers();
    for (int i = 0; i < servers.size(); i++) {
      Optional<HostAddress> address = servers.get(i).publicAddress();
      if (address.isPresent()) {
        Optional<String> why = whyUnreachable(address.get().toSmartHost());
        if (why.isPresent()) {
          ctx.report(
              PlanPath.root("coexistenceServers").index(i).key("publicAddress"),
              "the public address of " + Show.quoted(servers.get(i).name()) + " " + why.get(),
              "give the address or host name the internet reaches the server at");
        }
      }
    }
    List<OutboundConnector> outbound = plan.outboundConnectors();
    for (int i = 0; i < outbound.size(); i++) {
      List<SmartHost> hosts = outbound.get(i).smartHosts();
      for (int j = 0; j < hosts.size(); j++) {
        Optional<String> why = whyUnreachable(hosts.get(j));
        if (why.isPresent()) {
          ctx.report(
              PlanPath.of(ObjectKind.OUTBOUND_CONNECTOR, i).key("smartHosts").index(j),
              "smart host " + why.get() + ": Exchange Online cannot deliver to it",
              "use the coexistence server's public address or host name"
                  + " (coexistenceServers[].publicAddress)");
        }
      }
    }
    List<InboundConnector> inbound = plan.inboundConnectors();
    for (int i = 0; i < inbound.size(); i++) {
      List<IpRange> ranges = inbound.get(i).senderIpAddresses();
      for (int j = 0; j < ranges.size(); j++) {
        Optional<SpecialPurposeAddresses.Block> block =
            SpecialPurposeAddresses.blockOf(ranges.get(j));
        if (block.isPresent()) {
          ctx.report(
              PlanPath.of(ObjectKind.INBOUND_CONNECTOR, i).key("senderIpAddresses").index(j),
              "sender address "
                  + ranges.get(j)
                  + " lies in "
                  + block.get()
                  + ": Exchange Online never sees mail come from it",
              "list the public address the coexistence servers send from"
                  + " (coexistenceServers[].publicAddress)");
        }
      }
    }
  }

  /** Why Exchange Online cannot reach {@code host}, or empty when it can. */
  static Optional<String> whyUnreachable(SmartHost host) {
    if (host.hostName().isPresent()) {
      SmtpDomain name = host.hostName().get();
      List<String> labels = name.labels();
      if (labels.size() == 1) {
        return Optional.of(
            name + " is a single-label name, which the internet's DNS does not resolve");
      }
      String top = labels.get(labels.size() - 1);
      if (SPECIAL_USE_NAMES.contains(top)
          || name.equals(HOME_ARPA)
          || name.isSubdomainOf(HOME_ARPA)) {
        return Optional.of(
            name
                + " is under a special-use name (."
                + top
                + "), which the internet's DNS does not resolve");
      }
      return Optional.empty();
    }
    IpRange range = host.address().map(IpRange::single).orElseGet(() -> host.range().orElseThrow());
    return SpecialPurposeAddresses.blockOf(range).map(block -> host + " lies in " + block);
  }
}
