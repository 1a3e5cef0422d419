package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.INFO;

import com.google.common.collect.ImmutableList;
import com.google.common.net.InternetDomainName;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;

/**
 * What an accepted domain's type makes Exchange do with mail for recipients it does not know:
 * refuse it (Authoritative) or pass it on (InternalRelay, ExternalRelay). Passing on mail for the
 * whole internet is an open relay; refusing mail for the shared domain refuses Domino's users.
 */
final class AcceptedDomainRelayRules {
  private AcceptedDomainRelayRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-ADOM-020",
            ERROR,
            "No relay accepted domain covers the whole internet (\"*\" or a wildcard over a public"
                + " suffix)",
            "An InternalRelay or ExternalRelay accepted domain makes Exchange accept mail for every"
                + " domain it covers and pass it on: \"*\", or *.com, *.co.uk (a wildcard over a"
                + " public suffix, Public Suffix List via Guava's InternetDomainName), relays mail"
                + " from anyone to the internet, whatever the connectors say. Microsoft's Exchange"
                + " HealthChecker reports such a domain as an open relay domain.",
            "Microsoft CSS-Exchange HealthChecker, Open Relay Domain"
                + " (https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/OpenRelayDomain/);"
                + " Microsoft: Accepted domains in Exchange Server"
                + " (https://learn.microsoft.com/exchange/mail-flow/accepted-domains/accepted-domains)",
            AcceptedDomainRelayRules::openRelayDomain),
        BuiltInRule.of(
            "COEX-ADOM-021",
            INFO,
            "In Exchange Online, an Authoritative shared domain needs a recipient for every Domino"
                + " user",
            "Exchange Online delivers mail for an Authoritative domain only to recipients in its"
                + " directory and rejects the rest (directory-based edge blocking, 550 5.4.1):"
                + " Domino users need a mail contact or mail user with the external address"
                + " user@<Domino routing domain> (directory synchronisation creates them), or mail"
                + " from Exchange Online users and the internet does not reach them. When"
                + " directory synchronisation does not cover every Domino user, InternalRelay is"
                + " the fix: Exchange Online then passes unknown recipients on through an"
                + " outbound connector for the shared domain to the coexistence servers.",
            "guide 7.1.3 (\"a mail-enabled object or mail-enabled contact ... will be required\");"
                + " Microsoft: Manage accepted domains in Exchange Online"
                + " (https://learn.microsoft.com/exchange/mail-flow-best-practices/manage-accepted-domains/manage-accepted-domains);"
                + " Directory-Based Edge Blocking"
                + " (https://learn.microsoft.com/exchange/mail-flow-best-practices/use-directory-based-edge-blocking)",
            AcceptedDomainRelayRules::sharedDomainAuthoritative),
        BuiltInRule.of(
            "COEX-ADOM-022",
            ERROR,
            "In Exchange Online, an InternalRelay shared domain has an outbound connector to Domino"
                + " for it",
            "InternalRelay passes mail for recipients Exchange Online does not know to the"
                + " connector whose RecipientDomains cover the domain; without one it goes to the"
                + " domain's MX, which may point back at Exchange Online (a loop) or at Domino's"
                + " internet gateway instead of the coexistence servers.",
            "Microsoft: Manage accepted domains in Exchange Online; New-OutboundConnector"
                + " -RecipientDomains",
            AcceptedDomainRelayRules::internalRelayHasRoute));
  }

  private static boolean relays(AcceptedDomain domain) {
    return domain
        .domainType()
        .filter(
            t -> t == AcceptedDomainType.INTERNAL_RELAY || t == AcceptedDomainType.EXTERNAL_RELAY)
        .isPresent();
  }

  /** Whether {@code name} is a public suffix such as {@code com} or {@code co.uk}. */
  static boolean isPublicSuffix(SmtpDomain name) {
    String text = name.toString();
    return InternetDomainName.isValid(text) && InternetDomainName.from(text).isPublicSuffix();
  }

  static void openRelayDomain(CoexistencePlan plan, RuleContext ctx) {
    List<AcceptedDomain> domains = plan.acceptedDomains();
    for (int i = 0; i < domains.size(); i++) {
      AcceptedDomain domain = domains.get(i);
      Optional<SmtpDomain> name = PlanFacts.domainOf(domain);
      if (!relays(domain) || name.isEmpty()) {
        continue;
      }
      SmtpDomain d = name.get();
      boolean wholeSuffix =
          (d.isWildcard() || domain.matchSubDomains().orElse(false)) && isPublicSuffix(d.base());
      if (d.isStar() || wholeSuffix) {
        ctx.report(
            PlanFacts.domainPath(domain, i),
            "accepted domain "
                + d
                + " is "
                + domain.domainType().get().exchangeName()
                + (d.isStar()
                    ? ": every domain"
                    : ": every domain under the public suffix " + d.base())
                + " is relayed, an open relay",
            "name the domains Exchange relays for one by one (e.g. "
                + plan.domains().primary()
                + "), and never \"*\" or a wildcard over a public suffix");
      }
    }
  }

  /** The index of the accepted domain for the shared primary domain, or -1. */
  private static int primaryIndex(CoexistencePlan plan) {
    SmtpDomain primary = plan.domains().primary();
    List<AcceptedDomain> domains = plan.acceptedDomains();
    for (int i = 0; i < domains.size(); i++) {
      if (PlanFacts.domainOf(domains.get(i)).filter(primary::equals).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  static void sharedDomainAuthoritative(CoexistencePlan plan, RuleContext ctx) {
    int i = primaryIndex(plan);
    if (!PlanFacts.isOnline(plan) || i < 0) {
      return;
    }
    // Unmanaged: a domain added and verified in the tenant is Authoritative until changed.
    Optional<AcceptedDomainType> type = plan.acceptedDomains().get(i).domainType();
    if (type.orElse(AcceptedDomainType.AUTHORITATIVE) == AcceptedDomainType.AUTHORITATIVE) {
      ctx.report(
          PlanPath.of(ObjectKind.ACCEPTED_DOMAIN, i).key("domainType"),
          "the shared domain "
              + plan.domains().primary()
              + " is "
              + (type.isPresent() ? "Authoritative" : "not managed (Authoritative in a new tenant)")
              + ": Exchange Online rejects mail for Domino users without a mail contact or mail"
              + " user",
          "give every Domino user a mail contact or mail user with the address user@"
              + plan.domains().dominoRouting()
              + " (directory synchronisation), or set domainType InternalRelay with an outbound"
              + " connector for "
              + plan.domains().primary()
              + " to the coexistence servers");
    }
  }

  static void internalRelayHasRoute(CoexistencePlan plan, RuleContext ctx) {
    int i = primaryIndex(plan);
    if (!PlanFacts.isOnline(plan) || i < 0) {
      return;
    }
    SmtpDomain primary = plan.domains().primary();
    boolean relay =
        plan.acceptedDomains()
            .get(i)
            .domainType()
            .filter(AcceptedDomainType.INTERNAL_RELAY::equals)
            .isPresent();
    boolean routed =
        plan.outboundConnectors().stream()
            .anyMatch(c -> c.recipientDomains().stream().anyMatch(d -> d.covers(primary)));
    if (relay && !routed) {
      ctx.report(
          PlanPath.of(ObjectKind.ACCEPTED_DOMAIN, i).key("domainType"),
          "the shared domain "
              + primary
              + " is InternalRelay, but no outbound connector's recipientDomains cover it",
          "add " + primary + " to the recipientDomains of the outbound connector to Domino");
    }
  }
}
