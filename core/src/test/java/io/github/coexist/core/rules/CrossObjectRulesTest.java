package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.outbound;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.policy;
import static io.github.coexist.core.rules.TestPlans.receive;
import static io.github.coexist.core.rules.TestPlans.send;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-XOBJ-*: what must agree across objects (E20). */
class CrossObjectRulesTest {
  static List<RuleCase> cases() {
    return List.of(
        triggers(
            "no send connector on premises",
            "COEX-XOBJ-001",
            ERROR,
            "sendConnectors",
            plan(server(), p -> p.sendConnectors(List.of()))),
        triggers(
            "no outbound connector in Exchange Online",
            "COEX-XOBJ-001",
            ERROR,
            "outboundConnectors",
            plan(online(), p -> p.outboundConnectors(List.of()))),
        passes("a send connector", "COEX-XOBJ-001", server()),
        passes("an outbound connector", "COEX-XOBJ-001", online()),
        triggers(
                "an address space that also covers the Exchange routing domain",
                "COEX-XOBJ-002",
                ERROR,
                "sendConnectors[0].addressSpaces[1]",
                send(
                    server(),
                    0,
                    s -> s.addAddressSpaces(AddressSpace.parse("SMTP:*.contoso.com;2"))))
            .mentioning("exch.contoso.com"),
        triggers(
            "a recipient domain * on the outbound connector",
            "COEX-XOBJ-002",
            ERROR,
            "outboundConnectors[0].recipientDomains[1]",
            outbound(online(), 0, c -> c.addRecipientDomains(SmtpDomain.STAR))),
        passes("the Domino domain only", "COEX-XOBJ-002", server()),
        triggers(
                "a policy without the Exchange routing domain (E20)",
                "COEX-XOBJ-003",
                ERROR,
                "emailAddressPolicies[0].enabledEmailAddressTemplates",
                policy(
                    server(),
                    0,
                    e ->
                        e.enabledEmailAddressTemplates(
                            List.of(EmailAddressTemplate.parse("SMTP:%m@contoso.com")))))
            .mentioning("exch.contoso.com"),
        passes("a policy with the Exchange routing domain", "COEX-XOBJ-003", server()),
        passes("no policy in Exchange Online", "COEX-XOBJ-003", online()),
        triggers(
            "the Domino routing domain is the primary domain",
            "COEX-XOBJ-004",
            ERROR,
            "domains.dominoRouting",
            plan(
                server(),
                p -> p.domains(Domains.of("contoso.com", "contoso.com", "exch.contoso.com")))),
        triggers(
            "one routing domain for both systems",
            "COEX-XOBJ-004",
            ERROR,
            "domains.exchangeRouting",
            plan(
                server(),
                p ->
                    p.domains(
                        Domains.of("contoso.com", "domino.contoso.com", "domino.contoso.com")))),
        passes("three domains", "COEX-XOBJ-004", server()),
        triggers(
            "the Domino routing domain accepted by Exchange",
            "COEX-XOBJ-005",
            ERROR,
            "acceptedDomains[2].domainName",
            plan(
                server(),
                p ->
                    p.addAcceptedDomain(
                        AcceptedDomain.builder()
                            .name("domino")
                            .domainName(SmtpDomain.parse("domino.contoso.com"))
                            .build()))),
        passes("the Domino routing domain not accepted", "COEX-XOBJ-005", server()),
        triggers(
                "two send connectors with one name",
                "COEX-XOBJ-006",
                ERROR,
                "sendConnectors[1].name",
                plan(
                    server(),
                    p ->
                        p.addSendConnector(
                            SendConnector.builder()
                                .from(server().sendConnectors().get(0))
                                .name("OUTBOUND TO DOMINO")
                                .build())))
            .mentioning("sendConnectors[0]"),
        triggers(
            "two receive connectors with one name on one server",
            "COEX-XOBJ-006",
            ERROR,
            "receiveConnectors[1].name",
            receive(server(), 1, r -> r.server("EX01"))),
        passes("receive connectors with one name on two servers", "COEX-XOBJ-006", server()),
        triggers(
                "a line break in a comment",
                "COEX-XOBJ-007",
                ERROR,
                "sendConnectors[0].comment",
                send(server(), 0, s -> s.comment("to Domino\nRemove-SendConnector x")))
            .mentioning("U+000A"),
        triggers(
            "a right-to-left mark in a name",
            "COEX-XOBJ-007",
            ERROR,
            "receiveConnectors[0].name",
            receive(server(), 0, r -> r.name("Inbound\u200F from Domino"))),
        triggers(
            "a NUL in a coexistence server's name",
            "COEX-XOBJ-007",
            ERROR,
            "coexistenceServers[1].name",
            plan(
                server(),
                p ->
                    p.coexistenceServers(
                        List.of(
                            CoexistenceServer.of("COEX01/ACME", "10.1.1.1"),
                            CoexistenceServer.of("COEX02\u0000/ACME", "10.1.1.2"))))),
        triggers(
                "U+3164 (Hangul filler) after a name",
                "COEX-XOBJ-007",
                ERROR,
                "receiveConnectors[0].name",
                receive(server(), 0, r -> r.name("Inbound from Domino\u3164")))
            .mentioning("U+3164"),
        triggers(
                "U+2800 (blank Braille pattern) after a name",
                "COEX-XOBJ-007",
                ERROR,
                "receiveConnectors[0].name",
                receive(server(), 0, r -> r.name("Inbound from Domino\u2800")))
            .mentioning("U+2800"),
        triggers(
                "U+034F (combining grapheme joiner) after a name",
                "COEX-XOBJ-007",
                ERROR,
                "receiveConnectors[0].name",
                receive(server(), 0, r -> r.name("Inbound from Domino\u034F")))
            .mentioning("U+034F"),
        triggers(
                "U+1680 (Ogham space mark) after a name",
                "COEX-XOBJ-007",
                ERROR,
                "receiveConnectors[0].name",
                receive(server(), 0, r -> r.name("Inbound from Domino\u1680")))
            .mentioning("U+1680"),
        triggers(
                "U+00A0 (no-break space) after a name",
                "COEX-XOBJ-007",
                ERROR,
                "receiveConnectors[0].name",
                receive(server(), 0, r -> r.name("Inbound from Domino\u00A0")))
            .mentioning("U+00A0"),
        triggers(
                "U+3000 (ideographic space) after a name",
                "COEX-XOBJ-007",
                ERROR,
                "receiveConnectors[0].name",
                receive(server(), 0, r -> r.name("Inbound from Domino\u3000")))
            .mentioning("U+3000"),
        triggers(
                "U+FE0F (variation selector) after a name",
                "COEX-XOBJ-007",
                ERROR,
                "receiveConnectors[0].name",
                receive(server(), 0, r -> r.name("Inbound from Domino\uFE0F")))
            .mentioning("U+FE0F"),
        triggers(
                "a space at the end of a name",
                "COEX-XOBJ-007",
                ERROR,
                "sendConnectors[0].name",
                send(server(), 0, s -> s.name("Outbound to Domino ")))
            .mentioning("starts or ends with a space"),
        triggers(
            "a space at the start of the organization",
            "COEX-XOBJ-007",
            ERROR,
            "organization",
            plan(server(), p -> p.organization(" Contoso"))),
        passes(
            "quotes, backticks and $( in a comment stay inert text",
            "COEX-XOBJ-007",
            send(server(), 0, s -> s.comment("it's \u2018quoted\u2019 \u201Cso\u201D `x` $(y)"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
