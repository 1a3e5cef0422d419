package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.INFO;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.InvalidValueException;
import io.github.coexist.core.value.NotesName;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Domino Directory documents BTCal's routing needs (BTCal fact sheet §1a, §2, §3; HCL "Using
 * Domain documents"): the Foreign Domain documents named by BTEXCHANGEDOMAIN and BTEXCHANGEDB, one
 * per coexistence server; the Global Domain's internet domains; the relay host to Exchange; and the
 * names the Domino Directory would refuse.
 */
final class DirectoryRules {
  private static final PlanPath DOMINO = PlanPath.root("domino");
  private static final PlanPath DIRECTORY = DOMINO.key("directory");

  /**
   * Characters Windows refuses in a file name (Microsoft: "Naming Files, Paths, and Namespaces").
   */
  private static final String FILE_NAME_REFUSED = "<>\"|?*";

  private static final String DOMAIN_DOCUMENTS =
      "HCL Domino \"Using Domain documents\""
          + " (https://help.hcltechsw.com/domino/12.0.0/admin/othr_domaindocument_t.html)";

  private DirectoryRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-DDIR-001",
            WARNING,
            "The plan describes the Domino Directory documents (domino.directory)",
            "Without the Notes domain, the relay host to Exchange and the Global Domain, the"
                + " runbook cannot give the SMTP Connection and Global Domain documents their"
                + " values (it shows placeholders), and nothing checks them.",
            "BTCal fact sheet §2 (Appendix J); coexist init fills them",
            DirectoryRules::described),
        BuiltInRule.of(
            "COEX-DDIR-002",
            ERROR,
            "The Notes domain is a name the Domino Directory accepts",
            "It is the Source domain of the SMTP Connection document and the Global Domain's"
                + " Domino domain; Notes addresses are name@domain, so an '@' or '/' in a domain"
                + " name, a line break or an invisible character breaks every address that uses"
                + " it.",
            "BTCal fact sheet §2; " + DOMAIN_DOCUMENTS,
            DirectoryRules::notesDomain),
        BuiltInRule.of(
            "COEX-DDIR-003",
            ERROR,
            "The foreign domain (BTEXCHANGEDOMAIN and BTALTEXCHANGEDOMAINS) is a Foreign Domain"
                + " document's name the Domino Directory accepts, apart from the Notes domain",
            "The Foreign Domain document's Domain name must equal BTEXCHANGEDOMAIN (BTCal shuts"
                + " down or returns NDRs otherwise); a foreign domain named like the local Notes"
                + " domain makes mail addressed to it local, and '@' or '/' cannot be part of the"
                + " domain of a Notes address.",
            "BTCal Appendix G (BTEXCHANGEDOMAIN); " + DOMAIN_DOCUMENTS,
            DirectoryRules::foreignDomains),
        BuiltInRule.of(
            "COEX-DDIR-004",
            ERROR,
            "BTEXCHANGEDB is a mailbox file name Domino can open as Gateway mail file and Calendar"
                + " system",
            "The Foreign Domain document's Gateway mail file name and Calendar system are both"
                + " BTEXCHANGEDB, a file relative to the Domino data directory: a drive, a leading"
                + " slash, '..' or a character Windows refuses in file names (< > \" | ? *) names a"
                + " mailbox the router cannot deliver to.",
            "BTCal Appendix G and J; Microsoft \"Naming Files, Paths, and Namespaces\""
                + " (https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file)",
            DirectoryRules::mailboxFile),
        BuiltInRule.of(
            "COEX-DDIR-005",
            INFO,
            "Several coexistence servers: one Foreign Domain document each, and free/busy does not"
                + " fail over",
            "The router tries the Foreign Domain documents newest first and relays to the next"
                + " gateway when one is down, but the Calendar Connector connects to the first"
                + " calendar server only: while it is down, free/busy lookups fail, and CalConn logs"
                + " a warning about several documents on every request.",
            "BTCal Appendix E (redundant coexistence servers)",
            DirectoryRules::failover),
        BuiltInRule.of(
            "COEX-DDIR-006",
            ERROR,
            "The Domino routing domain is one of the Global Domain's internet domains",
            "Domino accepts SMTP mail as local only for the Global Domain's primary internet"
                + " domain and its aliases; mail Exchange sends to the Domino routing domain is"
                + " otherwise refused or relayed.",
            "BTCal fact sheet §2 (Global Domain); HCL One-Touch Setup Global Domain items",
            DirectoryRules::routingDomainLocal),
        BuiltInRule.of(
            "COEX-DDIR-007",
            ERROR,
            "The relay host for the Exchange routing domain is one host, not a CIDR block",
            "The SMTP Connection document names one host (a name or an address) that Domino"
                + " relays the Exchange routing domain to; a CIDR block is not a host.",
            "BTCal fact sheet §2 (Foreign SMTP Domain, SMTP Connection)",
            DirectoryRules::relayHostSet),
        BuiltInRule.of(
            "COEX-DDIR-008",
            WARNING,
            "The relay host reaches Exchange",
            "Exchange Online takes a domain's mail at its MX host,"
                + " <domain-key>.mail.protection.outlook.com; Exchange Server at a transport"
                + " server (its name or address) or a smart host in front of it. Another host may"
                + " relay the mail elsewhere or loop it back to Domino.",
            "Microsoft \"Add DNS records to connect your domain\" (https://learn.microsoft.com/"
                + "en-us/microsoft-365/admin/get-help-with-domains/"
                + "create-dns-records-at-any-dns-hosting-provider)",
            DirectoryRules::relayHostReachesExchange),
        BuiltInRule.of(
            "COEX-DDIR-009",
            ERROR,
            "Coexistence server names are Domino hierarchical names",
            "The Foreign Domain document names the server in its Gateway server and Calendar"
                + " server fields, as a hierarchical name: CN, up to four OU, O, then C.",
            "BTCal Appendix J (Gateway server BTEXCHCONN/ACME); HCL NotesName"
                + " (https://help.hcl-software.com/dom_designer/9.0.1/reference/r_domino_Name.html)",
            DirectoryRules::serverNames),
        BuiltInRule.of(
            "COEX-DDIR-010",
            ERROR,
            "The Global Domain's name is one line of visible text, and its internet domains are"
                + " not wildcards",
            "The name is the document's key in the Domino Directory; a line break or invisible"
                + " character makes a document nobody can find, and a wildcard is not an internet"
                + " domain.",
            "BTCal fact sheet §2; HCL One-Touch Setup Global Domain items",
            DirectoryRules::globalDomain));
  }

  private static Optional<DominoDirectory> directory(CoexistencePlan plan) {
    return plan.domino().flatMap(DominoSettings::directory);
  }

  static void described(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isPresent() && directory(plan).isEmpty()) {
      ctx.report(
          DIRECTORY,
          "the plan does not describe the Domino Directory documents",
          "add domino.directory with notesDomain, exchangeRelayHost and globalDomain (coexist"
              + " init writes them)");
      return;
    }
    directory(plan)
        .ifPresent(
            d -> {
              if (d.notesDomain().isEmpty()) {
                ctx.report(
                    DIRECTORY.key("notesDomain"),
                    "the Notes domain is not set",
                    "set it to the coexistence servers' Domino domain, e.g. ACME");
              }
              if (d.exchangeRelayHost().isEmpty()) {
                ctx.report(
                    DIRECTORY.key("exchangeRelayHost"),
                    "no relay host for the Exchange routing domain "
                        + plan.domains().exchangeRouting(),
                    "set exchangeRelayHost to a transport server or Exchange Online's MX host");
              }
              if (d.globalDomain().isEmpty()) {
                ctx.report(
                    DIRECTORY.key("globalDomain"),
                    "the Global Domain is not described",
                    "add its name, primary internet domain and aliases");
              }
            });
  }

  /** Why {@code name} cannot be a Notes domain name, or empty. */
  private static Optional<String> domainNameProblem(String name) {
    if (name.isBlank()) {
      return Optional.of("is blank");
    }
    int at = Show.firstControlOrInvisible(name);
    if (at >= 0) {
      return Optional.of("contains " + Show.codePoint(name.codePointAt(at)));
    }
    for (char c : new char[] {'@', '/', ','}) {
      if (name.indexOf(c) >= 0) {
        return Optional.of("contains '" + c + "'");
      }
    }
    return Optional.empty();
  }

  static void notesDomain(CoexistencePlan plan, RuleContext ctx) {
    directory(plan)
        .flatMap(DominoDirectory::notesDomain)
        .ifPresent(
            name ->
                domainNameProblem(name)
                    .ifPresent(
                        problem ->
                            ctx.report(
                                DIRECTORY.key("notesDomain"),
                                "the Notes domain " + Show.quoted(name) + " " + problem,
                                "give the Domino domain's name as the Domino Administrator"
                                    + " shows it, e.g. ACME")));
  }

  static void foreignDomains(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isEmpty()) {
      return;
    }
    DominoSettings d = plan.domino().get();
    Optional<String> local = directory(plan).flatMap(DominoDirectory::notesDomain);
    d.foreignDomain()
        .filter(f -> !f.isBlank())
        .ifPresent(f -> foreignDomain(f, DOMINO.key("foreignDomain"), local, ctx));
    List<String> alt = d.altForeignDomains();
    for (int k = 0; k < alt.size(); k++) {
      String name = alt.get(k);
      foreignDomain(name, DOMINO.key("altForeignDomains").index(k), local, ctx);
      if (d.foreignDomain().map(f -> key(f).equals(key(name))).orElse(false)) {
        ctx.report(
            DOMINO.key("altForeignDomains").index(k),
            "the alternate foreign domain " + Show.quoted(alt.get(k)) + " is BTEXCHANGEDOMAIN",
            "list only further foreign domains in altForeignDomains");
      }
    }
  }

  private static void foreignDomain(
      String name, PlanPath path, Optional<String> local, RuleContext ctx) {
    Optional<String> problem = domainNameProblem(name);
    if (problem.isPresent()) {
      ctx.report(
          path,
          "the foreign domain " + Show.quoted(name) + " " + problem.get(),
          "name the foreign domain with visible characters only, without '@', '/' or ','; the"
              + " guide's example is Exchange");
    } else if (local.isPresent() && key(local.get()).equals(key(name))) {
      ctx.report(
          path,
          "the foreign domain " + Show.quoted(name) + " is the Notes domain",
          "give the foreign domain its own name, e.g. Exchange");
    }
  }

  /** Domino domain names compare without regard to case or surrounding spaces. */
  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  static void mailboxFile(CoexistencePlan plan, RuleContext ctx) {
    Optional<String> value = plan.domino().flatMap(DominoSettings::foreignDomainMailbox);
    if (value.isEmpty() || value.get().isBlank()) {
      return; // COEX-DOM-002
    }
    String file = value.get().strip();
    Optional<String> problem = Optional.empty();
    int control = Show.firstControlOrInvisible(file);
    if (control >= 0) {
      problem = Optional.of("contains " + Show.codePoint(file.codePointAt(control)));
    } else if (file.startsWith("/") || file.startsWith("\\") || file.indexOf(':') >= 0) {
      problem = Optional.of("is not relative to the data directory");
    } else if (List.of(file.split("[/\\\\]", -1)).contains("..")) {
      problem = Optional.of("leaves the data directory ('..')");
    } else {
      for (int i = 0; i < file.length(); i++) {
        if (FILE_NAME_REFUSED.indexOf(file.charAt(i)) >= 0) {
          problem = Optional.of("contains '" + file.charAt(i) + "'");
          break;
        }
      }
    }
    problem.ifPresent(
        p ->
            ctx.report(
                DOMINO.key("foreignDomainMailbox"),
                "BTEXCHANGEDB " + Show.quoted(value.get()) + " " + p,
                "name a file in the Domino data directory, e.g. btexchange.box"));
  }

  static void failover(CoexistencePlan plan, RuleContext ctx) {
    int servers = plan.coexistenceServers().size();
    if (servers < 2 || plan.domino().flatMap(DominoSettings::foreignDomain).isEmpty()) {
      return;
    }
    ctx.report(
        PlanPath.root("coexistenceServers"),
        servers
            + " coexistence servers: the runbook has one Foreign Domain document per server;"
            + " mail fails over, free/busy lookups fail while the first server is down",
        "create the documents in server order, newest last for the server to try first, and"
            + " expect CalConn's warning about several Foreign Domain documents");
  }

  static void routingDomainLocal(CoexistencePlan plan, RuleContext ctx) {
    Optional<GlobalDomain> global = directory(plan).flatMap(DominoDirectory::globalDomain);
    if (global.isEmpty()) {
      return;
    }
    SmtpDomain routing = plan.domains().dominoRouting();
    if (!global.get().internetDomains().contains(routing)) {
      ctx.report(
          DIRECTORY.key("globalDomain").key("internetDomainAliases"),
          "the Domino routing domain "
              + routing
              + " is not among the Global Domain's internet domains",
          "add " + routing + " to globalDomain.internetDomainAliases");
    }
  }

  static void relayHostSet(CoexistencePlan plan, RuleContext ctx) {
    Optional<SmartHost> host = directory(plan).flatMap(DominoDirectory::exchangeRelayHost);
    if (host.isPresent() && host.get().kind() == SmartHost.Kind.CIDR) {
      ctx.report(
          DIRECTORY.key("exchangeRelayHost"),
          "the relay host " + host.get() + " is a CIDR block",
          "name one host: a transport server, a smart host or Exchange Online's MX host");
    }
  }

  static void relayHostReachesExchange(CoexistencePlan plan, RuleContext ctx) {
    Optional<SmartHost> host = directory(plan).flatMap(DominoDirectory::exchangeRelayHost);
    if (host.isEmpty() || host.get().kind() == SmartHost.Kind.CIDR) {
      return;
    }
    PlanPath path = DIRECTORY.key("exchangeRelayHost");
    Optional<SmtpDomain> name = host.get().hostName();
    if (PlanFacts.isOnline(plan)) {
      if (name.isEmpty()
          || !name.get().toString().endsWith(DominoDirectory.EXCHANGE_ONLINE_MX_SUFFIX)) {
        ctx.report(
            path,
            "the relay host "
                + host.get()
                + " is not an Exchange Online MX host such as "
                + DominoDirectory.exchangeOnlineMxHost(plan.domains().exchangeRouting()),
            "use the MX host the Microsoft 365 admin center shows for "
                + plan.domains().exchangeRouting());
      }
      return;
    }
    if (name.isEmpty()) {
      return; // an address: whose it is cannot be known from the plan
    }
    String first = name.get().toString().split("\\.", 2)[0];
    boolean transport =
        plan.transportServers().stream()
            .anyMatch(t -> key(t).equals(key(name.get().toString())) || key(t).equals(key(first)));
    if (!transport) {
      ctx.report(
          path,
          "the relay host "
              + host.get()
              + " is none of the transport servers ("
              + String.join(", ", plan.transportServers())
              + ")",
          "name a transport server, or make sure this smart host relays to Exchange");
    }
  }

  static void serverNames(CoexistencePlan plan, RuleContext ctx) {
    for (int k = 0; k < plan.coexistenceServers().size(); k++) {
      String name = plan.coexistenceServers().get(k).name();
      PlanPath path = PlanPath.root("coexistenceServers").index(k).key("name");
      int at = Show.firstControlOrInvisible(name);
      if (at >= 0) {
        ctx.report(
            path,
            "the server name "
                + Show.quoted(name)
                + " contains "
                + Show.codePoint(name.codePointAt(at)),
            "write the Domino server name, e.g. COEX01/ACME");
        continue;
      }
      try {
        NotesName.parse(name);
      } catch (InvalidValueException e) {
        ctx.report(
            path,
            "the server name " + Show.quoted(name) + " is not a Domino name: " + e.reason(),
            "write it as COEX01/ACME, or canonical as CN=COEX01/O=ACME");
      }
    }
  }

  static void globalDomain(CoexistencePlan plan, RuleContext ctx) {
    Optional<GlobalDomain> global = directory(plan).flatMap(DominoDirectory::globalDomain);
    if (global.isEmpty()) {
      return;
    }
    PlanPath path = DIRECTORY.key("globalDomain");
    String name = global.get().name();
    int at = Show.firstControlOrInvisible(name);
    if (name.isBlank()) {
      ctx.report(path.key("name"), "the Global Domain's name is blank", "name the document");
    } else if (at >= 0) {
      ctx.report(
          path.key("name"),
          "the Global Domain's name "
              + Show.quoted(name)
              + " contains "
              + Show.codePoint(name.codePointAt(at)),
          "write the name on one line of visible characters");
    }
    if (global.get().primaryInternetDomain().isWildcard()) {
      ctx.report(
          path.key("primaryInternetDomain"),
          global.get().primaryInternetDomain() + " is a wildcard",
          "give the organisation's internet domain, e.g. contoso.com");
    }
    List<SmtpDomain> aliases = global.get().internetDomainAliases();
    for (int k = 0; k < aliases.size(); k++) {
      if (aliases.get(k).isWildcard()) {
        ctx.report(
            path.key("internetDomainAliases").index(k),
            aliases.get(k) + " is a wildcard",
            "list each alias domain by name");
      }
    }
  }
}
