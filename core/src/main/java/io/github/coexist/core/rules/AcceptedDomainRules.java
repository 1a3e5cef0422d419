package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.INFO;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Accepted domains: the Exchange routing subdomain (guide 7.1.2, 7.2.2) and E6, E14. */
final class AcceptedDomainRules {
  private AcceptedDomainRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-ADOM-001",
            ERROR,
            "The Exchange routing domain is an accepted domain",
            "Domino addresses Exchange users at the Exchange routing subdomain; a domain Exchange"
                + " does not accept is refused (or relayed away) instead of delivered.",
            "guide 7.1.2 and 7.2.2; E20",
            AcceptedDomainRules::routingDomainAccepted),
        BuiltInRule.of(
            "COEX-ADOM-002",
            ERROR,
            "The Exchange routing domain is Authoritative",
            "Exchange delivers mail for the routing subdomain to its own mailboxes: as"
                + " InternalRelay or ExternalRelay it would pass unknown recipients on, back toward"
                + " Domino.",
            "guide 7.1.2 and 7.2.2",
            AcceptedDomainRules::routingDomainAuthoritative),
        BuiltInRule.of(
            "COEX-ADOM-003",
            ERROR,
            "Every email address template's domain is an Authoritative or InternalRelay accepted"
                + " domain",
            "Exchange refuses an email address policy whose template names a domain that is not an"
                + " accepted domain of that type; the guide's lab template exch.btm-lab.com is one.",
            "E14; guide 7.2.3; Microsoft: New-EmailAddressPolicy -EnabledEmailAddressTemplates",
            AcceptedDomainRules::templateDomainsAccepted),
        BuiltInRule.of(
            "COEX-ADOM-004",
            INFO,
            "In Exchange Online, accepted domains are added and verified in the tenant by hand",
            "New-AcceptedDomain does not exist in Exchange Online: the script can only check the"
                + " domain and set its type; adding and verifying it is a manual step.",
            "E6; guide 7.1.2; Microsoft: Set-AcceptedDomain",
            AcceptedDomainRules::onlineManualStep),
        BuiltInRule.of(
            "COEX-ADOM-005",
            ERROR,
            "No ExternalRelay accepted domain in Exchange Online",
            "DomainType ExternalRelay exists only on premises; Set-AcceptedDomain refuses it in"
                + " Exchange Online.",
            "Microsoft: Set-AcceptedDomain -DomainType",
            AcceptedDomainRules::onlineExternalRelay));
  }

  private static PlanPath accepted(int index) {
    return PlanPath.of(ObjectKind.ACCEPTED_DOMAIN, index);
  }

  /** The index of the first accepted domain for {@code domain}, or -1. */
  private static int indexOf(CoexistencePlan plan, SmtpDomain domain) {
    List<AcceptedDomain> domains = plan.acceptedDomains();
    for (int i = 0; i < domains.size(); i++) {
      if (PlanFacts.domainOf(domains.get(i)).filter(domain::equals).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  static void routingDomainAccepted(CoexistencePlan plan, RuleContext ctx) {
    SmtpDomain routing = plan.domains().exchangeRouting();
    if (indexOf(plan, routing) < 0) {
      ctx.report(
          PlanPath.root(ObjectKind.ACCEPTED_DOMAIN.planKey()),
          "the Exchange routing domain " + routing + " is not an accepted domain of the plan",
          "add an accepted domain with domainName "
              + routing
              + " and domainType Authoritative (in Exchange Online: name "
              + routing
              + ")");
    }
  }

  static void routingDomainAuthoritative(CoexistencePlan plan, RuleContext ctx) {
    int i = indexOf(plan, plan.domains().exchangeRouting());
    if (i < 0) {
      return;
    }
    // Absent means unmanaged: New-AcceptedDomain's default, and a new tenant domain's, is
    // Authoritative.
    Optional<AcceptedDomainType> type = plan.acceptedDomains().get(i).domainType();
    if (type.isPresent() && type.get() != AcceptedDomainType.AUTHORITATIVE) {
      ctx.report(
          accepted(i).key("domainType"),
          "the Exchange routing domain "
              + plan.domains().exchangeRouting()
              + " is "
              + type.get().exchangeName(),
          "set domainType to Authoritative");
    }
  }

  static void templateDomainsAccepted(CoexistencePlan plan, RuleContext ctx) {
    Map<SmtpDomain, AcceptedDomainType> accepted =
        Maps.newHashMapWithExpectedSize(plan.acceptedDomains().size());
    for (AcceptedDomain domain : plan.acceptedDomains()) {
      // Unmanaged type: the default (Authoritative), or an existing domain the plan only checks.
      AcceptedDomainType type = domain.domainType().orElse(AcceptedDomainType.AUTHORITATIVE);
      PlanFacts.domainOf(domain).ifPresent(d -> accepted.putIfAbsent(d, type));
    }
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      EmailAddressPolicy policy = policies.get(i);
      int policyIndex = i;
      List<EmailAddressTemplate> templates = policy.enabledEmailAddressTemplates();
      for (int j = 0; j < templates.size(); j++) {
        int templateIndex = j;
        // The path is built only for a finding: a plan may hold 25,000 templates.
        checkTemplate(
            templates.get(j),
            accepted,
            () ->
                PlanPath.of(ObjectKind.EMAIL_ADDRESS_POLICY, policyIndex)
                    .key("enabledEmailAddressTemplates")
                    .index(templateIndex),
            ctx);
      }
      Optional<EmailAddressTemplate> primary = AddressPolicyRules.primaryTemplate(policy);
      if (primary.isPresent()) {
        checkTemplate(
            primary.get(),
            accepted,
            () ->
                PlanPath.of(ObjectKind.EMAIL_ADDRESS_POLICY, policyIndex)
                    .key("enabledPrimarySmtpAddressTemplate"),
            ctx);
      }
    }
  }

  private static void checkTemplate(
      EmailAddressTemplate template,
      Map<SmtpDomain, AcceptedDomainType> accepted,
      Supplier<PlanPath> path,
      RuleContext ctx) {
    if (template.domain().isEmpty()) {
      return; // not an SMTP template: no domain to check
    }
    SmtpDomain domain = template.domain().get();
    AcceptedDomainType type = accepted.get(domain);
    if (type == null) {
      ctx.report(
          path.get(),
          "template " + template + " uses " + domain + ", which is not an accepted domain",
          "use one of the plan's accepted domains, or add " + domain + " as an accepted domain");
    } else if (type == AcceptedDomainType.EXTERNAL_RELAY) {
      ctx.report(
          path.get(),
          "template " + template + " uses " + domain + ", an ExternalRelay accepted domain",
          "use an Authoritative or InternalRelay accepted domain");
    }
  }

  static void onlineManualStep(CoexistencePlan plan, RuleContext ctx) {
    if (!PlanFacts.isOnline(plan)) {
      return;
    }
    List<AcceptedDomain> domains = plan.acceptedDomains();
    for (int i = 0; i < domains.size(); i++) {
      ctx.report(
          accepted(i),
          "accepted domain "
              + Show.quoted(domains.get(i).name())
              + " cannot be created by script in Exchange Online",
          "add and verify the domain in the Microsoft 365 admin center before running the"
              + " script; the script checks it and sets what the plan manages");
    }
  }

  static void onlineExternalRelay(CoexistencePlan plan, RuleContext ctx) {
    if (!PlanFacts.isOnline(plan)) {
      return;
    }
    List<AcceptedDomain> domains = plan.acceptedDomains();
    for (int i = 0; i < domains.size(); i++) {
      if (domains.get(i).domainType().equals(Optional.of(AcceptedDomainType.EXTERNAL_RELAY))) {
        ctx.report(
            accepted(i).key("domainType"),
            "accepted domain "
                + Show.quoted(domains.get(i).name())
                + " is ExternalRelay, which Exchange Online does not have",
            "use Authoritative or InternalRelay");
      }
    }
  }
}
