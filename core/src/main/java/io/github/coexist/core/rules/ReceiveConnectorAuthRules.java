package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.util.List;

/**
 * The receive connector's AuthMechanism and PermissionGroups, as Microsoft's reference combines
 * them (guide 7.1.4 and 7.2.5; E10).
 */
final class ReceiveConnectorAuthRules {
  private ReceiveConnectorAuthRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-RECV-001",
            ERROR,
            "ExternalAuthoritative comes with PermissionGroups ExchangeServers",
            "An externally secured connector grants its rights through the ExchangeServers"
                + " permission group; without it the connector is refused or grants nothing.",
            "E10; Microsoft: New-ReceiveConnector -AuthMechanism",
            ReceiveConnectorAuthRules::externalNeedsExchangeServers),
        BuiltInRule.of(
            "COEX-RECV-002",
            ERROR,
            "ExternalAuthoritative combines only with Tls",
            "Microsoft's reference allows ExternalAuthoritative alone or with Tls; other"
                + " mechanisms are refused with it.",
            "E10; Microsoft: New-ReceiveConnector -AuthMechanism",
            ReceiveConnectorAuthRules::externalOnlyWithTls),
        BuiltInRule.of(
            "COEX-RECV-003",
            ERROR,
            "AnonymousUsers is not combined with ExternalAuthoritative",
            "The guide grants AnonymousUsers on an externally secured connector; Microsoft"
                + " describes anonymous relay and externally secured relay as one method or the"
                + " other, never both, and together they open the connector to anyone in range.",
            "E10; guide 7.1.4 and 7.2.5; Microsoft: Allow anonymous relay on Exchange servers",
            ReceiveConnectorAuthRules::anonymousWithExternal),
        BuiltInRule.of(
            "COEX-RECV-004",
            ERROR,
            "AuthMechanism None stands alone",
            "None means no authentication at all; combined with other mechanisms it is refused.",
            "Microsoft: New-ReceiveConnector -AuthMechanism",
            ReceiveConnectorAuthRules::noneAlone),
        BuiltInRule.of(
            "COEX-RECV-005",
            ERROR,
            "BasicAuthRequireTLS comes with BasicAuth and Tls",
            "BasicAuthRequireTLS refines BasicAuth over TLS; without both the cmdlet refuses it.",
            "Microsoft: New-ReceiveConnector -AuthMechanism",
            ReceiveConnectorAuthRules::basicRequireTlsNeeds),
        BuiltInRule.of(
            "COEX-RECV-006",
            ERROR,
            "RequireTLS $true comes with AuthMechanism Tls",
            "A connector that requires TLS must offer it; the cmdlet refuses RequireTLS without"
                + " Tls.",
            "Microsoft: New-ReceiveConnector -RequireTLS",
            ReceiveConnectorAuthRules::requireTlsNeedsTls));
  }

  private static PlanPath receive(int index) {
    return PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, index);
  }

  static void externalNeedsExchangeServers(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      if (c.authMechanism().contains(AuthMechanism.EXTERNAL_AUTHORITATIVE)
          && !c.permissionGroups().contains(PermissionGroup.EXCHANGE_SERVERS)) {
        ctx.report(
            receive(i).key("permissionGroups"),
            "ExternalAuthoritative without ExchangeServers (permissionGroups: "
                + (c.permissionGroups().isEmpty() ? "not set" : Show.list(c.permissionGroups()))
                + ")",
            "set permissionGroups to ExchangeServers");
      }
    }
  }

  static void externalOnlyWithTls(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<AuthMechanism> mechanisms = connectors.get(i).authMechanism();
      if (!mechanisms.contains(AuthMechanism.EXTERNAL_AUTHORITATIVE)) {
        continue;
      }
      for (int j = 0; j < mechanisms.size(); j++) {
        AuthMechanism m = mechanisms.get(j);
        if (m != AuthMechanism.EXTERNAL_AUTHORITATIVE && m != AuthMechanism.TLS) {
          ctx.report(
              receive(i).key("authMechanism").index(j),
              m.exchangeName() + " is combined with ExternalAuthoritative",
              "use authMechanism Tls, ExternalAuthoritative");
        }
      }
    }
  }

  static void anonymousWithExternal(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      if (!c.authMechanism().contains(AuthMechanism.EXTERNAL_AUTHORITATIVE)) {
        continue;
      }
      int anonymous = c.permissionGroups().indexOf(PermissionGroup.ANONYMOUS_USERS);
      if (anonymous >= 0) {
        ctx.report(
            receive(i).key("permissionGroups").index(anonymous),
            "AnonymousUsers on an externally secured (ExternalAuthoritative) connector",
            "remove AnonymousUsers: keep permissionGroups ExchangeServers with authMechanism Tls,"
                + " ExternalAuthoritative and remoteIpRanges limited to the coexistence servers");
      }
    }
  }

  static void noneAlone(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<AuthMechanism> mechanisms = connectors.get(i).authMechanism();
      if (mechanisms.contains(AuthMechanism.NONE) && mechanisms.size() > 1) {
        ctx.report(
            receive(i).key("authMechanism"),
            "None is combined with " + Show.list(mechanisms),
            "use None alone, or remove it");
      }
    }
  }

  static void basicRequireTlsNeeds(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      List<AuthMechanism> mechanisms = connectors.get(i).authMechanism();
      if (mechanisms.contains(AuthMechanism.BASIC_AUTH_REQUIRE_TLS)
          && !(mechanisms.contains(AuthMechanism.BASIC_AUTH)
              && mechanisms.contains(AuthMechanism.TLS))) {
        ctx.report(
            receive(i).key("authMechanism"),
            "BasicAuthRequireTLS without BasicAuth and Tls: " + Show.list(mechanisms),
            "add BasicAuth and Tls");
      }
    }
  }

  static void requireTlsNeedsTls(CoexistencePlan plan, RuleContext ctx) {
    List<ReceiveConnector> connectors = plan.receiveConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      ReceiveConnector c = connectors.get(i);
      // An unmanaged list keeps the default of every usage, which includes Tls.
      boolean managed = !c.authMechanism().isEmpty() || c.explicitNulls().contains("authMechanism");
      if (c.requireTls().orElse(false)
          && managed
          && !c.authMechanism().contains(AuthMechanism.TLS)) {
        ctx.report(
            receive(i).key("authMechanism"),
            "requireTls is true but authMechanism has no Tls ("
                + (c.authMechanism().isEmpty() ? "$null" : Show.list(c.authMechanism()))
                + ")",
            "add Tls to authMechanism");
      }
    }
  }
}
