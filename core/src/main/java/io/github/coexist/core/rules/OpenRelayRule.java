package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.IpRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The open relay: a receive connector that grants relay to addresses that are not coexistence
 * servers. Every host in the RemoteIPRanges of an externally secured connector is a trusted
 * internal sender that may send anywhere; with AnonymousUsers, anyone in range is let in. So a
 * range broader than the coexistence servers, and {@code 0.0.0.0-255.255.255.255} above all, opens
 * the organisation to the internet.
 */
final class OpenRelayRule {
  private OpenRelayRule() {}

  static Rule rule() {
    return BuiltInRule.of(
        "COEX-RECV-007",
        ERROR,
        "A connector that grants relay admits only the coexistence servers (no open relay)",
        "With ExternalAuthoritative every host in RemoteIPRanges is a fully trusted internal"
            + " sender (antispam and size checks bypassed, any recipient accepted); with"
            + " AnonymousUsers anyone in range is let in. A range broader than the coexistence"
            + " servers, above all 0.0.0.0-255.255.255.255, is an open relay.",
        "E10, E11; Microsoft: Allow anonymous relay on Exchange servers, Receive connectors",
        OpenRelayRule::check);
  }

  /** Whether the connector grants relay: externally secured, or open to anonymous senders. */
  static boolean grantsRelay(ReceiveConnector connector) {
    return connector.authMechanism().contains(AuthMechanism.EXTERNAL_AUTHORITATIVE)
        || connector.permissionGroups().contains(PermissionGroup.ANONYMOUS_USERS);
  }

  private static String grantedBy(ReceiveConnector connector) {
    List<String> by = new ArrayList<>();
    if (connector.authMechanism().contains(AuthMechanism.EXTERNAL_AUTHORITATIVE)) {
      by.add("ExternalAuthoritative");
    }
    if (connector.permissionGroups().contains(PermissionGroup.ANONYMOUS_USERS)) {
      by.add("AnonymousUsers");
    }
    return String.join(" and ", by);
  }

  static void check(CoexistencePlan plan, RuleContext ctx) {
    AddressSet servers = PlanFacts.serverAddresses(plan);
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      if (!grantsRelay(c)) {
        continue;
      }
      List<IpRange> ranges = c.remoteIpRanges();
      for (int j = 0; j < ranges.size(); j++) {
        IpRange range = ranges.get(j);
        BigInteger strangers = servers.countOutside(range);
        if (strangers.signum() > 0) {
          ctx.report(
              PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, i).key("remoteIpRanges").index(j),
              "open relay: "
                  + range
                  + " grants relay ("
                  + grantedBy(c)
                  + ") to "
                  + strangers
                  + (strangers.equals(BigInteger.ONE) ? " address that is" : " addresses that are")
                  + " not a coexistence server",
              "limit remoteIpRanges to the coexistence servers' addresses"
                  + (servers.isEmpty() ? "" : " (" + serverList(plan) + ")"));
        }
      }
    }
  }

  private static String serverList(CoexistencePlan plan) {
    List<String> addresses = new ArrayList<>();
    plan.coexistenceServers().forEach(s -> addresses.add(s.address().toString()));
    return Show.list(addresses);
  }
}
