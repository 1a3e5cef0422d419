package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.TransportRole;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.Binding;
import java.util.List;
import java.util.Locale;

/**
 * Port 25 belongs to the Front End Transport service. On Exchange 2013 and later a Mailbox server
 * runs two transport services: Front End Transport listens on port 25 for mail from outside the
 * organisation, the Transport (Hub) service on 2525 for mail from other Exchange servers. A custom
 * HubTransport connector bound to port 25 fights the Front End service for the port (the guide's
 * 7.2.5 picks "Hub Transport" on port 25, an Exchange 2010 habit).
 */
final class FrontendPortRule {
  /** SMTP's port, the Front End Transport service's own. */
  static final int SMTP_PORT = 25;

  /**
   * The names Exchange gives its own receive connectors, followed by the server's name: Mailbox
   * servers ("Default", "Client Proxy", "Default Frontend", "Outbound Proxy Frontend", "Client
   * Frontend") and Edge Transport servers ("Default internal receive connector").
   */
  private static final ImmutableList<String> DEFAULT_PREFIXES =
      ImmutableList.of(
          "default ",
          "client proxy ",
          "default frontend ",
          "outbound proxy frontend ",
          "client frontend ",
          "default internal receive connector ");

  private FrontendPortRule() {}

  static Rule rule() {
    return BuiltInRule.of(
        "COEX-RECV-020",
        ERROR,
        "A custom receive connector on port 25 belongs to the Front End Transport service",
        "On Exchange 2013 and later the Front End Transport service listens on port 25 and the"
            + " Transport (Hub) service on 2525 (its default connector \"Default <server>\"); a"
            + " HubTransport connector bound to port 25 collides with the Front End service's"
            + " bindings, so one of them cannot listen and mail from Domino is refused or lands on"
            + " the wrong connector. Microsoft's own default connectors are recognised by name"
            + " and not judged.",
        "guide 7.2.5 (\"Role: Hub Transport\", port 25); Microsoft: Default Receive connectors"
            + " created during setup"
            + " (https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors);"
            + " New-ReceiveConnector -TransportRole",
        FrontendPortRule::check);
  }

  /** Whether {@code connector} is one Exchange setup creates on its server. */
  static boolean isMicrosoftDefault(ReceiveConnector connector) {
    String name = PlanFacts.nameKey(connector.name());
    for (String prefix : DEFAULT_PREFIXES) {
      if (!name.startsWith(prefix)) {
        continue;
      }
      String server = name.substring(prefix.length());
      if (connector.server().isEmpty()
          || connector.server().get().toLowerCase(Locale.ROOT).equals(server)) {
        return !server.isEmpty();
      }
    }
    return false;
  }

  static void check(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      if (!c.transportRole().filter(TransportRole.HUB_TRANSPORT::equals).isPresent()
          || isMicrosoftDefault(c)) {
        continue;
      }
      List<Binding> bindings = c.bindings();
      for (int j = 0; j < bindings.size(); j++) {
        if (bindings.get(j).port() == SMTP_PORT) {
          ctx.report(
              PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, i).key("bindings").index(j),
              Show.quoted(c.name())
                  + " is a HubTransport connector bound to "
                  + bindings.get(j)
                  + "; port 25 belongs to the Front End Transport service",
              "set transportRole to FrontendTransport (the guide's \"Hub Transport\" is Exchange"
                  + " 2010's role)");
          break;
        }
      }
    }
  }
}
