package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.receive;
import static io.github.coexist.core.rules.TestPlans.send;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;

import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.ReceiveConnectorUsage;
import io.github.coexist.core.model.SendConnectorUsage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-TEXT-*: text and choices every emitter writes as they are. */
class TextRulesTest {
  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "a bell character in the user principal name",
                "COEX-TEXT-001",
                ERROR,
                "connection.userPrincipalName",
                plan(
                    server(),
                    p ->
                        p.connection(
                            Connection.builder()
                                .userPrincipalName("admin@contoso.com\u0007")
                                .build())))
            .mentioning("U+0007"),
        triggers(
            "a right-to-left override in the application id",
            "COEX-TEXT-001",
            ERROR,
            "connection.appId",
            plan(
                online(),
                p ->
                    p.connection(
                        Connection.builder()
                            .appId("0000\u202E0000")
                            .certificateThumbprint("0123456789ABCDEF")
                            .build()))),
        passes(
            "a plain user principal name",
            "COEX-TEXT-001",
            plan(
                server(),
                p ->
                    p.connection(
                        Connection.builder().userPrincipalName("admin@contoso.com").build()))),
        triggers(
            "-Usage and -Internet on a send connector",
            "COEX-TEXT-002",
            ERROR,
            "sendConnectors[0].internet",
            send(server(), 0, s -> s.usage(SendConnectorUsage.CUSTOM).internet(true))),
        triggers(
            "-Usage and -Client on a receive connector",
            "COEX-TEXT-002",
            ERROR,
            "receiveConnectors[0].client",
            receive(server(), 0, r -> r.usage(ReceiveConnectorUsage.CUSTOM).client(true))),
        passes(
            "-Usage with the switches false",
            "COEX-TEXT-002",
            send(server(), 0, s -> s.usage(SendConnectorUsage.CUSTOM).internet(false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
