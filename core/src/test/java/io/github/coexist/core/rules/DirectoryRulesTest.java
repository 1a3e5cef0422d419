package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.domino;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.INFO;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.ImmutableDominoDirectory;
import io.github.coexist.core.model.ImmutableGlobalDomain;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-DDIR-*: the Domino Directory documents (BTCal fact sheet §1a, §2, §3). */
class DirectoryRulesTest {
  private static CoexistencePlan directory(
      CoexistencePlan plan, Consumer<ImmutableDominoDirectory.Builder> edit) {
    ImmutableDominoDirectory.Builder builder =
        DominoDirectory.builder().from(plan.domino().orElseThrow().directory().orElseThrow());
    edit.accept(builder);
    return domino(plan, d -> d.directory(builder.build()));
  }

  private static CoexistencePlan global(
      CoexistencePlan plan, Consumer<ImmutableGlobalDomain.Builder> edit) {
    ImmutableGlobalDomain.Builder builder =
        GlobalDomain.builder()
            .from(
                plan.domino().orElseThrow().directory().orElseThrow().globalDomain().orElseThrow());
    edit.accept(builder);
    return directory(plan, d -> d.globalDomain(builder.build()));
  }

  private static CoexistencePlan relay(CoexistencePlan plan, String host) {
    return directory(plan, d -> d.exchangeRelayHost(SmartHost.parse(host)));
  }

  private static CoexistencePlan serverNamed(String name) {
    return plan(
        server(), p -> p.coexistenceServers(List.of(CoexistenceServer.of(name, "10.1.1.1"))));
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
            "no directory section",
            "COEX-DDIR-001",
            WARNING,
            "domino.directory",
            domino(server(), d -> d.directory(Optional.empty()))),
        triggers(
            "no Notes domain",
            "COEX-DDIR-001",
            WARNING,
            "domino.directory.notesDomain",
            directory(server(), d -> d.notesDomain(Optional.empty()))),
        passes("the recommended directory", "COEX-DDIR-001", server()),
        triggers(
                "a Notes domain with an @",
                "COEX-DDIR-002",
                ERROR,
                "domino.directory.notesDomain",
                directory(server(), d -> d.notesDomain("ACME@HQ")))
            .mentioning("'@'"),
        triggers(
                "a Notes domain with a right-to-left mark",
                "COEX-DDIR-002",
                ERROR,
                "domino.directory.notesDomain",
                directory(server(), d -> d.notesDomain("ACME\u200F")))
            .mentioning("U+200F"),
        passes(
            "a Notes domain with quotes and an ampersand",
            "COEX-DDIR-002",
            directory(server(), d -> d.notesDomain("A&B \"Mail\" <x> ]]>"))),
        triggers(
                "the foreign domain is the Notes domain",
                "COEX-DDIR-003",
                ERROR,
                "domino.foreignDomain",
                domino(server(), d -> d.foreignDomain("acme")))
            .mentioning("Notes domain"),
        triggers(
                "a foreign domain with a line break",
                "COEX-DDIR-003",
                ERROR,
                "domino.foreignDomain",
                domino(server(), d -> d.foreignDomain("Exchange\nBTPROCESSDOMAIN=X")))
            .mentioning("U+000A"),
        triggers(
            "an alternate foreign domain with a slash",
            "COEX-DDIR-003",
            ERROR,
            "domino.altForeignDomains[0]",
            domino(server(), d -> d.altForeignDomains(List.of("Exchange/2")))),
        triggers(
            "an alternate foreign domain that is BTEXCHANGEDOMAIN",
            "COEX-DDIR-003",
            ERROR,
            "domino.altForeignDomains[0]",
            domino(server(), d -> d.altForeignDomains(List.of("EXCHANGE")))),
        passes(
            "Exchange and Exchange-1",
            "COEX-DDIR-003",
            domino(server(), d -> d.altForeignDomains(List.of("Exchange-1")))),
        triggers(
                "a mailbox with a drive",
                "COEX-DDIR-004",
                ERROR,
                "domino.foreignDomainMailbox",
                domino(server(), d -> d.foreignDomainMailbox("C:\\notes\\btexchange.box")))
            .mentioning("relative"),
        triggers(
                "a mailbox outside the data directory",
                "COEX-DDIR-004",
                ERROR,
                "domino.foreignDomainMailbox",
                domino(server(), d -> d.foreignDomainMailbox("../btexchange.box")))
            .mentioning(".."),
        triggers(
                "a mailbox with a quote",
                "COEX-DDIR-004",
                ERROR,
                "domino.foreignDomainMailbox",
                domino(server(), d -> d.foreignDomainMailbox("bt\"x.box")))
            .mentioning("'\"'"),
        passes(
            "a mailbox in a folder",
            "COEX-DDIR-004",
            domino(server(), d -> d.foreignDomainMailbox("mail/btexchange.box"))),
        triggers("two coexistence servers", "COEX-DDIR-005", INFO, "coexistenceServers", server())
            .mentioning("free/busy"),
        passes("one coexistence server", "COEX-DDIR-005", serverNamed("COEX01/ACME")),
        triggers(
                "the routing domain missing from the Global Domain",
                "COEX-DDIR-006",
                ERROR,
                "domino.directory.globalDomain.internetDomainAliases",
                global(server(), g -> g.internetDomainAliases(List.of())))
            .mentioning("domino.contoso.com"),
        passes(
            "the routing domain as primary internet domain",
            "COEX-DDIR-006",
            global(
                server(),
                g ->
                    g.primaryInternetDomain(SmtpDomain.parse("domino.contoso.com"))
                        .internetDomainAliases(List.of()))),
        triggers(
            "no relay host",
            "COEX-DDIR-001",
            WARNING,
            "domino.directory.exchangeRelayHost",
            directory(server(), d -> d.exchangeRelayHost(Optional.empty()))),
        triggers(
            "a CIDR block as relay host",
            "COEX-DDIR-007",
            ERROR,
            "domino.directory.exchangeRelayHost",
            relay(server(), "10.2.0.0/24")),
        passes("a transport server as relay host", "COEX-DDIR-007", server()),
        triggers(
                "Exchange Online relayed to a transport server name",
                "COEX-DDIR-008",
                WARNING,
                "domino.directory.exchangeRelayHost",
                relay(online(), "EX01"))
            .mentioning("exch-contoso-com.mail.protection.outlook.com"),
        triggers(
            "Exchange Online relayed to an address",
            "COEX-DDIR-008",
            WARNING,
            "domino.directory.exchangeRelayHost",
            relay(online(), "10.2.0.1")),
        passes("Exchange Online's MX host", "COEX-DDIR-008", online()),
        triggers(
                "Exchange Server relayed to another host",
                "COEX-DDIR-008",
                WARNING,
                "domino.directory.exchangeRelayHost",
                relay(server(), "relay.example.net"))
            .mentioning("EX01, EX02"),
        passes(
            "Exchange Server relayed to a transport server's FQDN",
            "COEX-DDIR-008",
            relay(server(), "ex02.contoso.com")),
        passes(
            "Exchange Server relayed to an address", "COEX-DDIR-008", relay(server(), "10.2.0.1")),
        triggers(
                "five organizational units",
                "COEX-DDIR-009",
                ERROR,
                "coexistenceServers[0].name",
                serverNamed("COEX01/a/b/c/d/e/ACME"))
            .mentioning("more than 4"),
        triggers(
                "an empty part",
                "COEX-DDIR-009",
                ERROR,
                "coexistenceServers[0].name",
                serverNamed("COEX01//ACME"))
            .mentioning("part 2 is empty"),
        triggers(
                "a NUL in a server name",
                "COEX-DDIR-009",
                ERROR,
                "coexistenceServers[0].name",
                serverNamed("COEX01\u0000/ACME"))
            .mentioning("U+0000"),
        triggers(
            "a canonical name out of order",
            "COEX-DDIR-009",
            ERROR,
            "coexistenceServers[0].name",
            serverNamed("O=ACME/CN=COEX01")),
        passes(
            "a canonical name with a country",
            "COEX-DDIR-009",
            serverNamed("CN=COEX01/OU=Mail/O=ACME/C=US")),
        triggers(
                "a Global Domain name with a line break",
                "COEX-DDIR-010",
                ERROR,
                "domino.directory.globalDomain.name",
                global(server(), g -> g.name("Global\r\nDomain")))
            .mentioning("U+000D"),
        triggers(
            "a wildcard alias",
            "COEX-DDIR-010",
            ERROR,
            "domino.directory.globalDomain.internetDomainAliases[1]",
            global(server(), g -> g.addInternetDomainAliases(SmtpDomain.parse("*.contoso.com")))),
        passes("the recommended Global Domain", "COEX-DDIR-010", server()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
