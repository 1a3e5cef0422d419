package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.accepted;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.remote;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AllowedOofType;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-RDOM-*: the remote domain for the Domino routing subdomain (guide 7.1.1, 7.2.1). */
class RemoteDomainRulesTest {
  private static RemoteDomain remoteDomain(String name, String domain) {
    return RemoteDomain.builder().name(name).domainName(SmtpDomain.parse(domain)).build();
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "no remote domain at all",
                "COEX-RDOM-001",
                WARNING,
                "remoteDomains",
                plan(server(), p -> p.remoteDomains(List.of())))
            .mentioning("domino.contoso.com"),
        triggers(
            "only a wildcard remote domain covering the Domino domain",
            "COEX-RDOM-001",
            WARNING,
            "remoteDomains",
            plan(
                server(), p -> p.remoteDomains(List.of(remoteDomain("contoso", "*.contoso.com"))))),
        passes("the recommended remote domain", "COEX-RDOM-001", server()),
        triggers(
            "TNEF enabled toward Domino",
            "COEX-RDOM-002",
            ERROR,
            "remoteDomains[0].tnefEnabled",
            remote(server(), 0, r -> r.tnefEnabled(true))),
        passes(
            "TNEF enabled toward another domain",
            "COEX-RDOM-002",
            plan(
                server(),
                p ->
                    p.addRemoteDomain(
                        RemoteDomain.builder()
                            .from(remoteDomain("fabrikam.com", "fabrikam.com"))
                            .tnefEnabled(true)
                            .build()))),
        triggers(
            "TNEF not managed",
            "COEX-RDOM-003",
            WARNING,
            "remoteDomains[0].tnefEnabled",
            remote(server(), 0, r -> r.tnefEnabled(Optional.empty()))),
        triggers(
                "TNEF set to $null",
                "COEX-RDOM-003",
                WARNING,
                "remoteDomains[0].tnefEnabled",
                remote(
                    server(),
                    0,
                    r -> r.tnefEnabled(Optional.empty()).addExplicitNull("tnefEnabled")))
            .mentioning("$null"),
        passes("TNEF disabled", "COEX-RDOM-003", server()),
        triggers(
                "external out-of-office replies",
                "COEX-RDOM-004",
                WARNING,
                "remoteDomains[0].allowedOofType",
                remote(server(), 0, r -> r.allowedOofType(AllowedOofType.EXTERNAL)))
            .mentioning("External"),
        passes("InternalLegacy", "COEX-RDOM-004", server()),
        triggers(
                "a remote domain for the Exchange routing domain, an accepted domain",
                "COEX-RDOM-006",
                ERROR,
                "remoteDomains[1].domainName",
                plan(server(), p -> p.addRemoteDomain(remoteDomain("exch", "exch.contoso.com"))))
            .mentioning("acceptedDomains[1]"),
        passes("remote and accepted domains apart", "COEX-RDOM-006", server()),
        triggers(
                "the Domino domain under an accepted domain that matches subdomains",
                "COEX-RDOM-007",
                ERROR,
                "remoteDomains[0].domainName",
                accepted(server(), 0, a -> a.matchSubDomains(true)))
            .mentioning("contoso.com"),
        triggers(
            "the Domino domain under a wildcard accepted domain",
            "COEX-RDOM-007",
            ERROR,
            "remoteDomains[0].domainName",
            plan(
                server(),
                p ->
                    p.addAcceptedDomain(
                        AcceptedDomain.builder()
                            .name("all of contoso")
                            .domainName(SmtpDomain.parse("*.contoso.com"))
                            .build()))),
        passes(
            "an accepted parent that does not match subdomains",
            "COEX-RDOM-007",
            accepted(server(), 0, a -> a.matchSubDomains(false))),
        triggers(
                "a second remote domain with the domain *",
                "COEX-RDOM-008",
                ERROR,
                "remoteDomains[1].domainName",
                plan(server(), p -> p.addRemoteDomain(remoteDomain("Everything", "*"))))
            .mentioning("Everything"),
        passes(
            "the default remote domain *",
            "COEX-RDOM-008",
            plan(server(), p -> p.addRemoteDomain(remoteDomain("Default", "*")))),
        triggers(
            "a 65-character name",
            "COEX-RDOM-009",
            ERROR,
            "remoteDomains[0].name",
            remote(server(), 0, r -> r.name("d".repeat(65)))),
        passes(
            "a 64-character name",
            "COEX-RDOM-009",
            remote(server(), 0, r -> r.name("d".repeat(64)))),
        triggers(
                "two remote domains for domino.contoso.com",
                "COEX-RDOM-010",
                ERROR,
                "remoteDomains[1].domainName",
                plan(
                    server(),
                    p -> p.addRemoteDomain(remoteDomain("Domino copy", "domino.contoso.com"))))
            .mentioning("remoteDomains[0]"),
        passes("one remote domain per domain", "COEX-RDOM-010", server()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
