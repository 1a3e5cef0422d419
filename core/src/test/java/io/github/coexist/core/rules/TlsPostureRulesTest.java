package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.inbound;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.outbound;
import static io.github.coexist.core.rules.TestPlans.receive;
import static io.github.coexist.core.rules.TestPlans.send;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-TLS-*: unencrypted paths between the systems (E17). */
class TlsPostureRulesTest {
  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "TLS off: the guide's \"Always Use TLS\" unchecked (E17)",
                "COEX-TLS-001",
                WARNING,
                "outboundConnectors[0].tlsSettings",
                RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE)))
            .mentioning("$null"),
        triggers(
            "TlsSettings unmanaged",
            "COEX-TLS-001",
            WARNING,
            "outboundConnectors[0].tlsSettings",
            outbound(online(), 0, c -> c.tlsSettings(Optional.empty()))),
        passes("TlsSettings EncryptionOnly", "COEX-TLS-001", online()),
        triggers(
            "servers identified by IP address only",
            "COEX-TLS-002",
            WARNING,
            "inboundConnectors[0].tlsSenderCertificateName",
            inbound(online(), 0, c -> c.tlsSenderCertificateName(Optional.empty()))),
        passes("servers identified by certificate", "COEX-TLS-002", online()),
        triggers(
            "a send connector without RequireTLS",
            "COEX-TLS-003",
            WARNING,
            "sendConnectors[0].requireTls",
            send(server(), 0, s -> s.requireTls(false))),
        triggers(
            "a send connector with RequireTLS unmanaged",
            "COEX-TLS-003",
            WARNING,
            "sendConnectors[0].requireTls",
            send(server(), 0, s -> s.requireTls(Optional.empty()))),
        passes("a send connector with RequireTLS", "COEX-TLS-003", server()),
        triggers(
            "a receive connector without RequireTLS",
            "COEX-TLS-004",
            WARNING,
            "receiveConnectors[1].requireTls",
            receive(server(), 1, r -> r.requireTls(false))),
        passes("receive connectors with RequireTLS", "COEX-TLS-004", server()),
        triggers(
            "the guide's \"Deselect TLS\" on the receive connector",
            "COEX-TLS-005",
            WARNING,
            "receiveConnectors[0].authMechanism",
            receive(
                server(),
                0,
                r ->
                    r.requireTls(false)
                        .authMechanism(List.of(AuthMechanism.EXTERNAL_AUTHORITATIVE)))),
        passes("Tls offered", "COEX-TLS-005", server()),
        triggers(
            "a send connector that ignores STARTTLS",
            "COEX-TLS-006",
            WARNING,
            "sendConnectors[0].ignoreStarttls",
            send(server(), 0, s -> s.requireTls(false).ignoreStarttls(true))),
        passes(
            "a send connector that uses STARTTLS",
            "COEX-TLS-006",
            send(server(), 0, s -> s.ignoreStarttls(false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
