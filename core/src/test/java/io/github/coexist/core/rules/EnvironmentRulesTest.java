package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.accepted;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.outbound;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.remote;
import static io.github.coexist.core.rules.TestPlans.send;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-ENV-*: what the plan configures exists where it runs (E7, E8). */
class EnvironmentRulesTest {
  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "a send connector in an Office 365 plan (E8)",
                "COEX-ENV-001",
                ERROR,
                "sendConnectors",
                plan(online(), p -> p.addAllSendConnectors(server().sendConnectors())))
            .mentioning("Exchange Online"),
        triggers(
            "a receive connector in an Office 365 plan (E7)",
            "COEX-ENV-001",
            ERROR,
            "receiveConnectors",
            plan(online(), p -> p.addAllReceiveConnectors(server().receiveConnectors()))),
        triggers(
            "an inbound connector in an Exchange Server plan",
            "COEX-ENV-001",
            ERROR,
            "inboundConnectors",
            plan(server(), p -> p.addAllInboundConnectors(online().inboundConnectors()))),
        triggers(
            "an outbound connector in an Exchange Server plan",
            "COEX-ENV-001",
            ERROR,
            "outboundConnectors",
            plan(server(), p -> p.addAllOutboundConnectors(online().outboundConnectors()))),
        passes("the recommended Exchange Server plan", "COEX-ENV-001", server()),
        passes("the recommended Exchange Online plan", "COEX-ENV-001", online()),
        triggers(
                "an Exchange Online-only attribute on premises",
                "COEX-ENV-002",
                ERROR,
                "acceptedDomains[1].outboundOnly",
                accepted(server(), 1, a -> a.outboundOnly(true)))
            .mentioning("-OutboundOnly"),
        triggers(
                "an on-premises-only attribute in Exchange Online",
                "COEX-ENV-002",
                ERROR,
                "remoteDomains[0].messageCountThreshold",
                remote(online(), 0, r -> r.messageCountThreshold(5)))
            .mentioning("Exchange Server 2013"),
        triggers(
            "an Exchange 2010-only attribute on Exchange 2019",
            "COEX-ENV-002",
            ERROR,
            "sendConnectors[0].isCoexistenceConnector",
            send(server(), 0, s -> s.isCoexistenceConnector(true))),
        triggers(
            "an explicit null on an attribute of the other environment",
            "COEX-ENV-002",
            ERROR,
            "acceptedDomains[0].mailFlowRegion",
            accepted(server(), 0, a -> a.addExplicitNull("mailFlowRegion"))),
        passes(
            "an on-premises-only attribute on premises",
            "COEX-ENV-002",
            accepted(server(), 1, a -> a.addressBookEnabled(true))),
        passes(
            "an accepted domain named only (its identity) in Exchange Online",
            "COEX-ENV-002",
            online()),
        triggers(
            "useMxRecord set to $null",
            "COEX-ENV-003",
            ERROR,
            "outboundConnectors[0].useMxRecord",
            outbound(
                online(), 0, o -> o.useMxRecord(Optional.empty()).addExplicitNull("useMxRecord"))),
        passes(
            "tlsSettings set to $null (documented)",
            "COEX-ENV-003",
            RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))),
        triggers(
            "an Exchange version in an Exchange Online plan",
            "COEX-ENV-004",
            WARNING,
            "exchangeVersion",
            plan(online(), p -> p.exchangeVersion(ExchangeVersion.EXCHANGE_2019))),
        triggers(
            "transport servers in an Exchange Online plan",
            "COEX-ENV-004",
            WARNING,
            "transportServers",
            plan(online(), p -> p.addTransportServers("EX01"))),
        triggers(
            "a tenant in an Exchange Server plan",
            "COEX-ENV-004",
            WARNING,
            "tenant",
            plan(server(), p -> p.tenant(SmtpDomain.parse("contoso.onmicrosoft.com")))),
        triggers(
            "a connection in an Exchange Server plan",
            "COEX-ENV-004",
            WARNING,
            "connection",
            plan(
                server(),
                p -> p.connection(Connection.builder().userPrincipalName("a@b").build()))),
        passes("a tenant in an Exchange Online plan", "COEX-ENV-004", online()),
        passes(
            "an Exchange version in an Exchange Server plan",
            "COEX-ENV-004",
            RecommendedPlans.create(
                PlanRequest.builder()
                    .from(RecommendedPlans.example(Environment.EXCHANGE_SERVER))
                    .exchangeVersion(ExchangeVersion.EXCHANGE_SE)
                    .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
