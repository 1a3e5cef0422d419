package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.domino;
import static io.github.coexist.core.rules.TestPlans.license;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.core.model.ZappSupport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-DOM-*: the Domino side (BTCal Appendix A, G; section 8). */
class DominoRulesTest {
  private static CoexistencePlan licensed(LicenseType type, String processDomain) {
    CoexistencePlan plan = plan(server(), p -> p.license(license(type)));
    return processDomain == null ? plan : domino(plan, d -> d.processDomain(processDomain));
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
            "no BTEXCHANGEDOMAIN",
            "COEX-DOM-001",
            ERROR,
            "domino.foreignDomain",
            domino(server(), d -> d.foreignDomain(Optional.empty()))),
        triggers(
            "no Domino settings at all",
            "COEX-DOM-001",
            ERROR,
            "domino.foreignDomain",
            plan(server(), p -> p.domino(Optional.empty()))),
        triggers(
                "a blank BTEXCHANGEDOMAIN",
                "COEX-DOM-001",
                ERROR,
                "domino.foreignDomain",
                domino(server(), d -> d.foreignDomain("  ")))
            .mentioning("blank"),
        passes("BTEXCHANGEDOMAIN set", "COEX-DOM-001", server()),
        triggers(
            "no BTEXCHANGEDB",
            "COEX-DOM-002",
            ERROR,
            "domino.foreignDomainMailbox",
            domino(server(), d -> d.foreignDomainMailbox(Optional.empty()))),
        passes("BTEXCHANGEDB set", "COEX-DOM-002", server()),
        triggers(
                "a mailbox that is not a .box",
                "COEX-DOM-003",
                WARNING,
                "domino.foreignDomainMailbox",
                domino(server(), d -> d.foreignDomainMailbox("btexchange.nsf")))
            .mentioning("btexchange.nsf"),
        passes(
            "a .box in capitals",
            "COEX-DOM-003",
            domino(server(), d -> d.foreignDomainMailbox("MAIL\\BTEXCHANGE.BOX"))),
        triggers(
            "ZApp with a standard license",
            "COEX-DOM-004",
            ERROR,
            "domino.zappSupport",
            domino(
                licensed(LicenseType.STANDARD, "ACME"),
                d -> d.zappSupport(ZappSupport.ATTACHMENT))),
        passes(
            "ZApp with a standard-zapp license",
            "COEX-DOM-004",
            domino(
                licensed(LicenseType.STANDARD_ZAPP, "ACME"),
                d -> d.zappSupport(ZappSupport.ATTACHMENT).zappCheckEncrypt(true))),
        passes(
            "BTZAPPSUPPORT=0 with a standard license",
            "COEX-DOM-004",
            domino(licensed(LicenseType.STANDARD, "ACME"), d -> d.zappSupport(ZappSupport.NONE))),
        triggers(
            "ZApp forms without a license",
            "COEX-DOM-005",
            WARNING,
            "domino.zappProcessForms",
            domino(server(), d -> d.addZappProcessForms("Memo"))),
        triggers(
            "ZApp support without a license",
            "COEX-DOM-005",
            WARNING,
            "domino.zappSupport",
            domino(server(), d -> d.zappSupport(ZappSupport.DOCUMENT_STORE_LINK))),
        passes(
            "BTZAPPSUPPORT=0 without a license",
            "COEX-DOM-005",
            domino(server(), d -> d.zappSupport(ZappSupport.NONE).zappBypass(false))),
        triggers(
                "a license without BTPROCESSDOMAIN",
                "COEX-DOM-006",
                ERROR,
                "domino.processDomain",
                licensed(LicenseType.STANDARD, null))
            .mentioning("BTPROCESSDOMAIN"),
        passes(
            "a license with BTPROCESSDOMAIN",
            "COEX-DOM-006",
            licensed(LicenseType.STANDARD, "ACME")),
        passes("no license, no BTPROCESSDOMAIN", "COEX-DOM-006", server()),
        triggers(
                "BTPROCESSDOMAIN differs from the license",
                "COEX-DOM-007",
                ERROR,
                "domino.processDomain",
                licensed(LicenseType.STANDARD, "OTHER"))
            .mentioning("\"ACME\""),
        passes(
            "BTPROCESSDOMAIN in another case",
            "COEX-DOM-007",
            licensed(LicenseType.STANDARD, "acme")),
        triggers(
            "no coexistence server",
            "COEX-DOM-008",
            ERROR,
            "coexistenceServers",
            plan(server(), p -> p.coexistenceServers(List.of()))),
        passes("coexistence servers", "COEX-DOM-008", server()),
        triggers(
                "two servers with one address",
                "COEX-DOM-009",
                WARNING,
                "coexistenceServers[2].address",
                plan(
                    server(),
                    p -> p.addCoexistenceServers(CoexistenceServer.of("COEX03/ACME", "10.1.1.1"))))
            .mentioning("coexistenceServers[0]"),
        triggers(
            "two servers with one name",
            "COEX-DOM-009",
            WARNING,
            "coexistenceServers[2].name",
            plan(
                server(),
                p -> p.addCoexistenceServers(CoexistenceServer.of("coex01/acme", "10.1.1.3")))),
        passes("each server once", "COEX-DOM-009", server()),
        triggers(
                "a 300-byte BTDELAY",
                "COEX-DOM-010",
                ERROR,
                "domino.delay",
                domino(server(), d -> d.delay("9".repeat(300))))
            .mentioning("300 bytes"),
        triggers(
                "86 characters outside code page 850: up to 258 bytes in LMBCS",
                "COEX-DOM-010",
                ERROR,
                "domino.idsDir",
                domino(server(), d -> d.idsDir("\u03A9".repeat(86))))
            .mentioning("258 bytes long (in LMBCS or in US-ASCII)"),
        passes(
            "255 characters of code page 850: one LMBCS byte each",
            "COEX-DOM-010",
            domino(server(), d -> d.idsDir("\u00E9".repeat(255)))),
        triggers(
            "a list longer than 255 bytes once joined",
            "COEX-DOM-010",
            ERROR,
            "domino.altForeignDomains",
            domino(
                server(),
                d -> d.altForeignDomains(java.util.Collections.nCopies(30, "Exchange-01")))),
        passes(
            "exactly 255 bytes", "COEX-DOM-010", domino(server(), d -> d.delay("9".repeat(255)))),
        triggers(
                "a line break that would inject a Notes.ini key",
                "COEX-DOM-011",
                ERROR,
                "domino.foreignDomain",
                domino(server(), d -> d.foreignDomain("Exchange\nBTZAPPSUPPORT=3")))
            .mentioning("U+000A"),
        triggers(
            "a NUL in a list element",
            "COEX-DOM-011",
            ERROR,
            "domino.altForeignDomains[1]",
            domino(server(), d -> d.altForeignDomains(List.of("Exchange-1", "Exchange\u0000-2")))),
        triggers(
            "a right-to-left mark in an NDR text",
            "COEX-DOM-011",
            ERROR,
            "domino.ndrTexts.54",
            domino(server(), d -> d.putNdrText(54, "Encrypted mail \u200Fis blocked"))),
        passes(
            "quotes and backticks are plain text in Notes.ini",
            "COEX-DOM-011",
            domino(server(), d -> d.foreignDomain("Exchange 'x' \u201Cy\u201D `z` $(w)"))),
        triggers(
            "a double quote the console command cannot carry",
            "COEX-DOM-040",
            ERROR,
            "domino.idsDir",
            domino(server(), d -> d.idsDir("ids\"dir"))),
        triggers(
            "an empty value",
            "COEX-DOM-040",
            ERROR,
            "domino.delay",
            domino(server(), d -> d.delay(""))),
        triggers(
            "a space at the start of a list element",
            "COEX-DOM-040",
            ERROR,
            "domino.altForeignDomains[1]",
            domino(server(), d -> d.altForeignDomains(List.of("Exchange-1", " Exchange-2")))),
        passes(
            "single quotes, backticks and a letter the server's charset decides",
            "COEX-DOM-040",
            domino(server(), d -> d.foreignDomain("Z\u00FCrich 'x' `z` $(w)"))),
        triggers(
                "a letter US-ASCII lacks, the plan naming no charset",
                "COEX-DOM-041",
                ERROR,
                "domino.foreignDomain",
                domino(server(), d -> d.foreignDomain("Z\u00FCrich")))
            .mentioning("U+00FC, which US-ASCII cannot hold"),
        triggers(
            "a list element windows-1252 lacks",
            "COEX-DOM-041",
            ERROR,
            "domino.zappProcessForms[1]",
            domino(
                server(),
                d ->
                    d.notesIniCharset(NotesIniCharset.WINDOWS_1252)
                        .zappProcessForms(
                            List.of("Memo", "\u041F\u0430\u043C\u044F\u0442\u043A\u0430")))),
        passes(
            "the letter in the charset the plan names",
            "COEX-DOM-041",
            domino(
                server(),
                d -> d.notesIniCharset(NotesIniCharset.WINDOWS_1252).foreignDomain("Z\u00FCrich"))),
        triggers(
                "a license path US-ASCII lacks",
                "COEX-DOM-041",
                ERROR,
                "license.serverPath",
                plan(
                    server(),
                    p ->
                        p.license(
                            license(LicenseType.STANDARD).toBuilder()
                                .serverPath("C:\\D\u00e9mo\\btcal.lic")
                                .build())))
            .mentioning("the license path"),
        passes(
            "ASCII in the default charset",
            "COEX-DOM-041",
            domino(server(), d -> d.foreignDomain("Exchange"))),
        triggers(
                "a comma inside one list element",
                "COEX-DOM-012",
                ERROR,
                "domino.altForeignDomains[0]",
                domino(server(), d -> d.altForeignDomains(List.of("Exchange-1,Exchange-2"))))
            .mentioning("Exchange-1,Exchange-2"),
        passes(
            "two list elements",
            "COEX-DOM-012",
            domino(server(), d -> d.altForeignDomains(List.of("Exchange-1", "Exchange-2")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
