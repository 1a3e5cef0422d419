package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.ZappSupport;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Domino side: BTCal's required Notes.ini settings (Appendix G), ZApp and the license it needs
 * (Appendix A, section 8), BTPROCESSDOMAIN, and the coexistence servers themselves.
 */
final class DominoRules {
  private static final PlanPath DOMINO = PlanPath.root("domino");

  private DominoRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-DOM-001",
            ERROR,
            "BTEXCHANGEDOMAIN (domino.foreignDomain) is set",
            "BTCal shuts itself down when BTEXCHANGEDOMAIN is missing; it names the Foreign"
                + " Domain document BTCal serves.",
            "BTCal Appendix G (Domino mail routing to Exchange)",
            DominoRules::foreignDomainSet),
        BuiltInRule.of(
            "COEX-DOM-002",
            ERROR,
            "BTEXCHANGEDB (domino.foreignDomainMailbox) is set",
            "BTCal shuts itself down when BTEXCHANGEDB is missing; it is the foreign-domain"
                + " mailbox BTCal polls.",
            "BTCal Appendix G (Domino mail routing to Exchange)",
            DominoRules::mailboxSet),
        BuiltInRule.of(
            "COEX-DOM-003",
            WARNING,
            "The foreign-domain mailbox looks like a mail-router mailbox (*.box)",
            "BTEXCHANGEDB must name a database made from the Mail Router Mailbox template, and"
                + " the guide's examples (btexchange.box, otherexchange.box) end in .box; another"
                + " name is often a mail file or a typo.",
            "BTCal Appendix G and J",
            DominoRules::mailboxLooksLikeBox),
        BuiltInRule.of(
            "COEX-DOM-004",
            ERROR,
            "ZApp settings need a license with ZApp",
            "ZApp is licensed separately: with a license without it, BTZAPPSUPPORT other than 0"
                + " and the other ZApp settings do nothing.",
            "BTCal Appendix A; guide section 8",
            DominoRules::zappLicensed),
        BuiltInRule.of(
            "COEX-DOM-005",
            WARNING,
            "ZApp settings come with the license facts that cover them",
            "The plan configures ZApp but names no license, so nothing shows that ZApp is"
                + " licensed.",
            "BTCal Appendix A; guide section 8",
            DominoRules::zappWithoutLicense),
        BuiltInRule.of(
            "COEX-DOM-006",
            ERROR,
            "BTPROCESSDOMAIN (domino.processDomain) is set when a license is applied",
            "The guide: BTCal must be installed and BTPROCESSDOMAIN set before"
                + " \"tell btcal install license\".",
            "guide section 8",
            DominoRules::processDomainSet),
        BuiltInRule.of(
            "COEX-DOM-007",
            ERROR,
            "BTPROCESSDOMAIN equals the license's process domain",
            "The license is issued for one Domino domain; BTCal processing another does not match"
                + " it.",
            "guide section 8",
            DominoRules::processDomainMatches),
        BuiltInRule.of(
            "COEX-DOM-008",
            ERROR,
            "The plan has at least one coexistence server",
            "The coexistence servers are the smart hosts, remote ranges and sender addresses of"
                + " every connector; without them no connector can be right.",
            "coexistence topology (mail paths); guide 7.1.4 and 7.2.5",
            DominoRules::hasServers),
        BuiltInRule.of(
            "COEX-DOM-009",
            WARNING,
            "Each coexistence server is listed once",
            "A repeated name or address is usually a copy-and-paste slip that hides a missing"
                + " server.",
            "BTCal Appendix E (redundant coexistence servers)",
            DominoRules::serversOnce));
  }

  static void foreignDomainSet(CoexistencePlan plan, RuleContext ctx) {
    Optional<String> value = plan.domino().flatMap(DominoSettings::foreignDomain);
    if (value.map(String::isBlank).orElse(true)) {
      ctx.report(
          DOMINO.key("foreignDomain"),
          "BTEXCHANGEDOMAIN is " + (value.isPresent() ? "blank" : "not set"),
          "set domino.foreignDomain to the Foreign Domain document's domain name, e.g."
              + " Exchange");
    }
  }

  static void mailboxSet(CoexistencePlan plan, RuleContext ctx) {
    Optional<String> value = plan.domino().flatMap(DominoSettings::foreignDomainMailbox);
    if (value.map(String::isBlank).orElse(true)) {
      ctx.report(
          DOMINO.key("foreignDomainMailbox"),
          "BTEXCHANGEDB is " + (value.isPresent() ? "blank" : "not set"),
          "set domino.foreignDomainMailbox to the foreign-domain mailbox, e.g."
              + " btexchange.box");
    }
  }

  static void mailboxLooksLikeBox(CoexistencePlan plan, RuleContext ctx) {
    Optional<String> value = plan.domino().flatMap(DominoSettings::foreignDomainMailbox);
    if (value.isPresent()
        && !value.get().isBlank()
        && !value.get().strip().toLowerCase(Locale.ROOT).endsWith(".box")) {
      ctx.report(
          DOMINO.key("foreignDomainMailbox"),
          "BTEXCHANGEDB " + Show.quoted(value.get()) + " does not end in .box",
          "use a mailbox made from the Mail Router Mailbox template, e.g. btexchange.box");
    }
  }

  /** The paths of the ZApp settings the plan turns on (BTZAPPSUPPORT=0 and "off" excepted). */
  static List<PlanPath> zappSettings(DominoSettings d) {
    List<PlanPath> on = new ArrayList<>();
    if (d.zappSupport().filter(z -> z != ZappSupport.NONE).isPresent()) {
      on.add(DOMINO.key("zappSupport"));
    }
    if (d.zappBypass().orElse(false)) {
      on.add(DOMINO.key("zappBypass"));
    }
    if (!d.zappBypassDocsWithFields().isEmpty()) {
      on.add(DOMINO.key("zappBypassDocsWithFields"));
    }
    if (d.zappCheckEncrypt().orElse(false)) {
      on.add(DOMINO.key("zappCheckEncrypt"));
    }
    if (d.zappIgnoreStoredForms().orElse(false)) {
      on.add(DOMINO.key("zappIgnoreStoredForms"));
    }
    if (!d.zappProcessForms().isEmpty()) {
      on.add(DOMINO.key("zappProcessForms"));
    }
    return on;
  }

  static void zappLicensed(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isEmpty() || plan.license().isEmpty()) {
      return;
    }
    LicenseFacts license = plan.license().get();
    if (license.type().includesZapp()) {
      return;
    }
    for (PlanPath path : zappSettings(plan.domino().get())) {
      ctx.report(
          path,
          "ZApp is configured but the license is " + license.type(),
          "use a standard-zapp license, or set zappSupport to 0 and remove the other ZApp"
              + " settings");
    }
  }

  static void zappWithoutLicense(CoexistencePlan plan, RuleContext ctx) {
    if (plan.domino().isEmpty() || plan.license().isPresent()) {
      return;
    }
    for (PlanPath path : zappSettings(plan.domino().get())) {
      ctx.report(
          path,
          "ZApp is configured but the plan names no license",
          "add the license facts (type standard-zapp), or set zappSupport to 0");
    }
  }

  static void processDomainSet(CoexistencePlan plan, RuleContext ctx) {
    if (plan.license().isEmpty()) {
      return;
    }
    Optional<String> value = plan.domino().flatMap(DominoSettings::processDomain);
    if (value.map(String::isBlank).orElse(true)) {
      ctx.report(
          DOMINO.key("processDomain"),
          "a license is to be applied but BTPROCESSDOMAIN is not set",
          "set domino.processDomain to " + Show.quoted(plan.license().get().processDomain()));
    }
  }

  static void processDomainMatches(CoexistencePlan plan, RuleContext ctx) {
    Optional<String> value = plan.domino().flatMap(DominoSettings::processDomain);
    if (plan.license().isEmpty() || value.isEmpty() || value.get().isBlank()) {
      return;
    }
    String licensed = plan.license().get().processDomain();
    if (!domainKey(value.get()).equals(domainKey(licensed))) {
      ctx.report(
          DOMINO.key("processDomain"),
          "BTPROCESSDOMAIN "
              + Show.quoted(value.get())
              + " differs from the license's process domain "
              + Show.quoted(licensed),
          "set domino.processDomain to "
              + Show.quoted(licensed)
              + ", or apply the license issued for "
              + Show.quoted(value.get()));
    }
  }

  /** Domino domain names compare without regard to case or surrounding spaces. */
  private static String domainKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  static void hasServers(CoexistencePlan plan, RuleContext ctx) {
    if (plan.coexistenceServers().isEmpty()) {
      ctx.report(
          PlanPath.root("coexistenceServers"),
          "the plan lists no coexistence server",
          "add the Domino coexistence (BTCal) servers with their name and IP address");
    }
  }

  static void serversOnce(CoexistencePlan plan, RuleContext ctx) {
    Map<String, Integer> names = new HashMap<>();
    Map<IpAddress, Integer> addresses = new HashMap<>();
    List<CoexistenceServer> servers = plan.coexistenceServers();
    for (int k = 0; k < servers.size(); k++) {
      CoexistenceServer server = servers.get(k);
      PlanPath path = PlanPath.root("coexistenceServers").index(k);
      Integer sameName = names.putIfAbsent(PlanFacts.nameKey(server.name()), k);
      if (sameName != null) {
        ctx.report(
            path.key("name"),
            Show.quoted(server.name()) + " is also coexistenceServers[" + sameName + "]",
            "list each coexistence server once");
      }
      Integer sameAddress = addresses.putIfAbsent(server.address(), k);
      if (sameAddress != null) {
        ctx.report(
            path.key("address"),
            server.address() + " is also the address of coexistenceServers[" + sameAddress + "]",
            "list each coexistence server once, with its own address");
      }
    }
  }
}
