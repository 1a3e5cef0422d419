package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.accepted;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.policy;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.INFO;

import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.value.EmailAddressTemplate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-ADOM-*: accepted domains (guide 7.1.2, 7.2.2; E6, E14). */
class AcceptedDomainRulesTest {
  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "no accepted domain for the Exchange routing domain",
                "COEX-ADOM-001",
                ERROR,
                "acceptedDomains",
                plan(server(), p -> p.acceptedDomains(List.of(server().acceptedDomains().get(0)))))
            .mentioning("exch.contoso.com"),
        passes("the routing domain accepted", "COEX-ADOM-001", server()),
        passes("the routing domain accepted by name in Exchange Online", "COEX-ADOM-001", online()),
        triggers(
                "the routing domain is InternalRelay",
                "COEX-ADOM-002",
                ERROR,
                "acceptedDomains[1].domainType",
                accepted(server(), 1, a -> a.domainType(AcceptedDomainType.INTERNAL_RELAY)))
            .mentioning("InternalRelay"),
        passes(
            "the routing domain's type unmanaged (Authoritative by default)",
            "COEX-ADOM-002",
            accepted(server(), 1, a -> a.domainType(Optional.empty()))),
        triggers(
                "the guide's lab template domain exch.btm-lab.com (E14)",
                "COEX-ADOM-003",
                ERROR,
                "emailAddressPolicies[0].enabledEmailAddressTemplates[2]",
                policy(
                    server(),
                    0,
                    e ->
                        e.addEnabledEmailAddressTemplates(
                            EmailAddressTemplate.parse("smtp:%m@exch.btm-lab.com"))))
            .mentioning("exch.btm-lab.com"),
        triggers(
            "a template on an ExternalRelay accepted domain",
            "COEX-ADOM-003",
            ERROR,
            "emailAddressPolicies[0].enabledEmailAddressTemplates[0]",
            accepted(server(), 0, a -> a.domainType(AcceptedDomainType.EXTERNAL_RELAY))),
        triggers(
            "a primary-template parameter on a foreign domain",
            "COEX-ADOM-003",
            ERROR,
            "emailAddressPolicies[0].enabledPrimarySmtpAddressTemplate",
            policy(
                server(),
                0,
                e ->
                    e.enabledEmailAddressTemplates(List.of())
                        .enabledPrimarySmtpAddressTemplate("%m@fabrikam.com"))),
        passes(
            "templates on InternalRelay and Authoritative domains",
            "COEX-ADOM-003",
            accepted(server(), 0, a -> a.domainType(AcceptedDomainType.INTERNAL_RELAY))),
        triggers(
                "an accepted domain in Exchange Online",
                "COEX-ADOM-004",
                INFO,
                "acceptedDomains[0]",
                online())
            .mentioning("contoso.com"),
        passes("accepted domains on premises", "COEX-ADOM-004", server()),
        triggers(
            "ExternalRelay in Exchange Online",
            "COEX-ADOM-005",
            ERROR,
            "acceptedDomains[0].domainType",
            accepted(online(), 0, a -> a.domainType(AcceptedDomainType.EXTERNAL_RELAY))),
        passes(
            "ExternalRelay on premises",
            "COEX-ADOM-005",
            accepted(server(), 0, a -> a.domainType(AcceptedDomainType.EXTERNAL_RELAY))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
