package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.receive;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.IpRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * COEX-RECV-*: the receive connector from Domino: authentication (E10), the open relay, and scope
 * (E21).
 */
class ReceiveConnectorRulesTest {
  private static List<IpRange> ranges(String... texts) {
    return List.of(texts).stream().map(IpRange::parse).toList();
  }

  /** The guide's literal receive connector of 7.2.5, with its placeholders filled in. */
  static CoexistencePlan guideLiteral() {
    return receive(
        server(),
        0,
        r ->
            r.permissionGroups(
                    List.of(
                        PermissionGroup.ANONYMOUS_USERS,
                        PermissionGroup.EXCHANGE_SERVERS,
                        PermissionGroup.EXCHANGE_LEGACY_SERVERS,
                        PermissionGroup.PARTNERS))
                .authMechanism(List.of(AuthMechanism.EXTERNAL_AUTHORITATIVE))
                .requireTls(Optional.empty()));
  }

  /** A third connector on EX01 sharing binding 0.0.0.0:25 with receiveConnectors[0]. */
  private static CoexistencePlan secondOnEx01(String binding, String... remote) {
    CoexistencePlan exact =
        receive(server(), 0, r -> r.remoteIpRanges(ranges("10.1.1.1-10.1.1.2")));
    return plan(
        exact,
        p ->
            p.addReceiveConnector(
                ReceiveConnector.builder()
                    .name("Partners")
                    .server("EX01")
                    .addBinding(Binding.parse(binding))
                    .remoteIpRanges(ranges(remote))
                    .addPermissionGroup(PermissionGroup.PARTNERS)
                    .addAuthMechanism(AuthMechanism.TLS)
                    .requireTls(true)
                    .build()));
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
            "ExternalAuthoritative without ExchangeServers",
            "COEX-RECV-001",
            ERROR,
            "receiveConnectors[0].permissionGroups",
            receive(server(), 0, r -> r.permissionGroups(List.of(PermissionGroup.PARTNERS)))),
        passes("ExternalAuthoritative with ExchangeServers", "COEX-RECV-001", server()),
        triggers(
                "ExternalAuthoritative with BasicAuth",
                "COEX-RECV-002",
                ERROR,
                "receiveConnectors[0].authMechanism[1]",
                receive(
                    server(),
                    0,
                    r ->
                        r.authMechanism(
                            List.of(
                                AuthMechanism.TLS,
                                AuthMechanism.BASIC_AUTH,
                                AuthMechanism.EXTERNAL_AUTHORITATIVE))))
            .mentioning("BasicAuth"),
        passes("ExternalAuthoritative with Tls", "COEX-RECV-002", server()),
        triggers(
            "the guide's literal connector: AnonymousUsers with ExternalAuthoritative (E10)",
            "COEX-RECV-003",
            ERROR,
            "receiveConnectors[0].permissionGroups[0]",
            guideLiteral()),
        passes(
            "AnonymousUsers without ExternalAuthoritative",
            "COEX-RECV-003",
            receive(
                server(),
                0,
                r ->
                    r.permissionGroups(List.of(PermissionGroup.ANONYMOUS_USERS))
                        .authMechanism(List.of(AuthMechanism.TLS)))),
        triggers(
            "None with Tls",
            "COEX-RECV-004",
            ERROR,
            "receiveConnectors[0].authMechanism",
            receive(
                server(), 0, r -> r.authMechanism(List.of(AuthMechanism.NONE, AuthMechanism.TLS)))),
        passes(
            "None alone",
            "COEX-RECV-004",
            receive(server(), 0, r -> r.authMechanism(List.of(AuthMechanism.NONE)))),
        triggers(
            "BasicAuthRequireTLS without Tls",
            "COEX-RECV-005",
            ERROR,
            "receiveConnectors[0].authMechanism",
            receive(
                server(),
                0,
                r ->
                    r.authMechanism(
                        List.of(AuthMechanism.BASIC_AUTH_REQUIRE_TLS, AuthMechanism.BASIC_AUTH)))),
        passes(
            "BasicAuthRequireTLS with BasicAuth and Tls",
            "COEX-RECV-005",
            receive(
                server(),
                0,
                r ->
                    r.authMechanism(
                        List.of(
                            AuthMechanism.TLS,
                            AuthMechanism.BASIC_AUTH,
                            AuthMechanism.BASIC_AUTH_REQUIRE_TLS)))),
        triggers(
            "RequireTLS without Tls",
            "COEX-RECV-006",
            ERROR,
            "receiveConnectors[0].authMechanism",
            receive(
                server(), 0, r -> r.authMechanism(List.of(AuthMechanism.EXTERNAL_AUTHORITATIVE)))),
        passes(
            "no RequireTLS without Tls",
            "COEX-RECV-006",
            receive(
                server(),
                0,
                r ->
                    r.requireTls(false)
                        .authMechanism(List.of(AuthMechanism.EXTERNAL_AUTHORITATIVE)))),
        passes(
            "RequireTLS with the default mechanisms",
            "COEX-RECV-006",
            receive(server(), 0, r -> r.authMechanism(List.of()).permissionGroups(List.of()))),
        triggers(
                "an open 0.0.0.0-255.255.255.255 range",
                "COEX-RECV-007",
                ERROR,
                "receiveConnectors[0].remoteIpRanges[2]",
                receive(
                    server(),
                    0,
                    r -> r.addRemoteIpRanges(IpRange.parse("0.0.0.0-255.255.255.255"))))
            .mentioning("0.0.0.0-255.255.255.255"),
        triggers(
                "a /24 around the coexistence servers",
                "COEX-RECV-007",
                ERROR,
                "receiveConnectors[0].remoteIpRanges[0]",
                receive(server(), 0, r -> r.remoteIpRanges(ranges("10.1.1.0/24"))))
            .mentioning("254 addresses"),
        triggers(
            "anonymous relay to an IPv6 block",
            "COEX-RECV-007",
            ERROR,
            "receiveConnectors[0].remoteIpRanges[2]",
            receive(
                server(),
                0,
                r ->
                    r.permissionGroups(List.of(PermissionGroup.ANONYMOUS_USERS))
                        .authMechanism(List.of(AuthMechanism.TLS))
                        .addRemoteIpRanges(IpRange.parse("2001:db8::/64")))),
        passes(
            "a range of exactly the coexistence servers",
            "COEX-RECV-007",
            receive(server(), 0, r -> r.remoteIpRanges(ranges("10.1.1.1-10.1.1.2")))),
        passes(
            "a broad range on a connector that grants no relay",
            "COEX-RECV-007",
            receive(
                server(),
                0,
                r ->
                    r.remoteIpRanges(ranges("0.0.0.0-255.255.255.255"))
                        .permissionGroups(List.of(PermissionGroup.EXCHANGE_USERS))
                        .authMechanism(List.of(AuthMechanism.TLS, AuthMechanism.BASIC_AUTH)))),
        triggers(
                "a coexistence server missing from the ranges",
                "COEX-RECV-008",
                ERROR,
                "receiveConnectors[0].remoteIpRanges",
                receive(server(), 0, r -> r.remoteIpRanges(ranges("10.1.1.1"))))
            .mentioning("10.1.1.2"),
        passes(
            "both servers in one range",
            "COEX-RECV-008",
            receive(server(), 0, r -> r.remoteIpRanges(ranges("10.1.1.1-10.1.1.2")))),
        triggers(
                "a transport server without its receive connector (E21)",
                "COEX-RECV-009",
                ERROR,
                "transportServers[1]",
                plan(
                    server(),
                    p -> p.receiveConnectors(List.of(server().receiveConnectors().get(0)))))
            .mentioning("EX02"),
        passes("one receive connector per transport server", "COEX-RECV-009", server()),
        triggers(
            "a receive connector without a server",
            "COEX-RECV-010",
            ERROR,
            "receiveConnectors[0].server",
            receive(server(), 0, r -> r.server(Optional.empty()))),
        passes("every receive connector names its server", "COEX-RECV-010", server()),
        triggers(
                "a server the plan does not list",
                "COEX-RECV-011",
                WARNING,
                "receiveConnectors[1].server",
                receive(server(), 1, r -> r.server("EX03")))
            .mentioning("EX03"),
        passes(
            "a listed server in another case",
            "COEX-RECV-011",
            receive(server(), 1, r -> r.server("ex02"))),
        triggers(
                "crossing ranges on a shared binding",
                "COEX-RECV-012",
                ERROR,
                "receiveConnectors[2].remoteIpRanges[0]",
                secondOnEx01("0.0.0.0:25", "10.1.1.2-10.1.1.9"))
            .mentioning("receiveConnectors[0]"),
        triggers(
                "the same range on a shared binding",
                "COEX-RECV-012",
                ERROR,
                "receiveConnectors[2].remoteIpRanges[0]",
                secondOnEx01("0.0.0.0:25", "10.1.1.1-10.1.1.2"))
            .mentioning("same range"),
        passes(
            "a nested range on a shared binding",
            "COEX-RECV-012",
            secondOnEx01("0.0.0.0:25", "10.1.1.0/24")),
        passes(
            "crossing ranges on another binding",
            "COEX-RECV-012",
            secondOnEx01("10.0.0.5:25", "10.1.1.2-10.1.1.9")),
        passes("the same ranges on connectors of two servers", "COEX-RECV-012", server()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
