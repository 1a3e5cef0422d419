package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AllowedOofType;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.SmtpDomain;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The remote domain for the Domino routing subdomain (guide 7.1.1 and 7.2.1). COEX-RDOM-005, which
 * asked for the guide's TrustedMailInboundEnabled $true, is retired: COEX-TRUST-003 says why that
 * trust is not wanted.
 */
final class RemoteDomainRules {
  /** The name Exchange gives the remote domain {@code *}; no other remote domain may use it. */
  static final String DEFAULT_REMOTE_DOMAIN = "Default";

  /** New-RemoteDomain: "The maximum length is 64 characters." */
  static final int MAX_NAME_LENGTH = 64;

  private RemoteDomainRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-RDOM-001",
            WARNING,
            "The Domino routing domain has its own remote domain, not only the default \"*\"",
            "Without it, mail to Domino takes the default remote domain's internet settings:"
                + " out-of-office replies are not sent as internal and Outlook rich text may reach"
                + " Notes users as winmail.dat. The guide advises it rather than requiring it.",
            "guide 7.1.1 and 7.2.1",
            RemoteDomainRules::ownRemoteDomain),
        BuiltInRule.of(
            "COEX-RDOM-002",
            ERROR,
            "TNEF is not enabled toward Domino",
            "Notes cannot read TNEF (winmail.dat): the guide sets \"Use Rich Text Format\" to"
                + " Never for the Domino routing domain.",
            "guide 7.1.1 and 7.2.1; Microsoft: Set-RemoteDomain -TNEFEnabled",
            RemoteDomainRules::tnefEnabled),
        BuiltInRule.of(
            "COEX-RDOM-003",
            WARNING,
            "TNEF is explicitly disabled toward Domino, not left to the sender",
            "With TNEFEnabled unmanaged or $null, each Outlook sender's rich-text setting decides,"
                + " and rich text reaches Notes users as winmail.dat.",
            "guide 7.1.1 and 7.2.1; Microsoft: Set-RemoteDomain -TNEFEnabled",
            RemoteDomainRules::tnefLeftToSender),
        BuiltInRule.of(
            "COEX-RDOM-004",
            WARNING,
            "Out-of-office replies to Domino are internal (AllowedOOFType InternalLegacy)",
            "Domino users are colleagues during the migration; the guide allows internal"
                + " out-of-office replies to them (InternalLegacy also sets IsInternal, E5).",
            "guide 7.1.1 and 7.2.1; E5; Microsoft: Set-RemoteDomain -AllowedOOFType",
            RemoteDomainRules::allowedOofType),
        BuiltInRule.of(
            "COEX-RDOM-006",
            ERROR,
            "A remote domain is not also an accepted domain",
            "A domain Exchange accepts as its own is not remote: the remote domain's settings would"
                + " contradict the accepted domain and mail for it would never leave Exchange.",
            "Microsoft: New-RemoteDomain, New-AcceptedDomain",
            RemoteDomainRules::equalsAcceptedDomain),
        BuiltInRule.of(
            "COEX-RDOM-007",
            ERROR,
            "A remote domain does not fall under an accepted domain that matches subdomains",
            "An accepted domain with MatchSubDomains (or a wildcard) accepts every subdomain, so a"
                + " remote domain below it names mail Exchange keeps for itself.",
            "Microsoft: Set-AcceptedDomain -MatchSubDomains",
            RemoteDomainRules::underAcceptedDomain),
        BuiltInRule.of(
            "COEX-RDOM-008",
            ERROR,
            "Only the default remote domain has the domain \"*\"",
            "A wildcard is allowed only as a leading \"*.\"; the bare \"*\" belongs to the default"
                + " remote domain that exists in every organisation, and New-RemoteDomain cannot"
                + " create a second one.",
            "Microsoft: New-RemoteDomain -DomainName",
            RemoteDomainRules::bareStar),
        BuiltInRule.of(
            "COEX-RDOM-009",
            ERROR,
            "A remote domain's name has at most 64 characters",
            "New-RemoteDomain refuses longer names, so the script would stop there.",
            "Microsoft: New-RemoteDomain -Name",
            RemoteDomainRules::nameLength),
        BuiltInRule.of(
            "COEX-RDOM-010",
            ERROR,
            "Each domain has one remote domain",
            "Exchange keeps one remote domain per domain name: the second New-RemoteDomain fails,"
                + " or two Set-RemoteDomain calls fight over the same settings.",
            "Microsoft: New-RemoteDomain -DomainName",
            RemoteDomainRules::duplicateDomain));
  }

  /** The index of the first remote domain for the Domino routing domain, or -1. */
  private static int dominoRemoteDomain(CoexistencePlan plan) {
    SmtpDomain domino = plan.domains().dominoRouting();
    List<RemoteDomain> remote = plan.remoteDomains();
    for (int i = 0; i < remote.size(); i++) {
      if (PlanFacts.domainOf(remote.get(i)).filter(domino::equals).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static PlanPath remote(int index) {
    return PlanPath.of(ObjectKind.REMOTE_DOMAIN, index);
  }

  static void ownRemoteDomain(CoexistencePlan plan, RuleContext ctx) {
    if (dominoRemoteDomain(plan) >= 0) {
      return;
    }
    SmtpDomain domino = plan.domains().dominoRouting();
    ctx.report(
        PlanPath.root(ObjectKind.REMOTE_DOMAIN.planKey()),
        "no remote domain for the Domino routing domain " + domino,
        "add a remote domain with domainName "
            + domino
            + ", tnefEnabled false and allowedOofType InternalLegacy");
  }

  static void tnefEnabled(CoexistencePlan plan, RuleContext ctx) {
    int i = dominoRemoteDomain(plan);
    if (i >= 0 && plan.remoteDomains().get(i).tnefEnabled().orElse(false)) {
      ctx.report(
          remote(i).key("tnefEnabled"),
          "TNEF is enabled toward Domino (" + plan.domains().dominoRouting() + ")",
          "set tnefEnabled to false (the guide's \"Use Rich Text Format: Never\")");
    }
  }

  static void tnefLeftToSender(CoexistencePlan plan, RuleContext ctx) {
    int i = dominoRemoteDomain(plan);
    if (i >= 0 && plan.remoteDomains().get(i).tnefEnabled().isEmpty()) {
      boolean isNull = plan.remoteDomains().get(i).explicitNulls().contains("tnefEnabled");
      ctx.report(
          remote(i).key("tnefEnabled"),
          "tnefEnabled is "
              + (isNull ? "$null" : "not managed")
              + " for "
              + plan.domains().dominoRouting()
              + ": each sender's Outlook setting decides whether Notes users get winmail.dat",
          "set tnefEnabled to false (the guide's \"Use Rich Text Format: Never\")");
    }
  }

  static void allowedOofType(CoexistencePlan plan, RuleContext ctx) {
    int i = dominoRemoteDomain(plan);
    if (i < 0) {
      return;
    }
    Optional<AllowedOofType> type = plan.remoteDomains().get(i).allowedOofType();
    if (!type.equals(Optional.of(AllowedOofType.INTERNAL_LEGACY))) {
      ctx.report(
          remote(i).key("allowedOofType"),
          "allowedOofType is "
              + type.map(AllowedOofType::exchangeName).orElse("not managed")
              + " for "
              + plan.domains().dominoRouting()
              + "; the guide allows internal out-of-office replies",
          "set allowedOofType to InternalLegacy");
    }
  }

  static void equalsAcceptedDomain(CoexistencePlan plan, RuleContext ctx) {
    Map<SmtpDomain, Integer> accepted =
        Maps.newHashMapWithExpectedSize(plan.acceptedDomains().size());
    List<AcceptedDomain> acceptedDomains = plan.acceptedDomains();
    for (int i = 0; i < acceptedDomains.size(); i++) {
      int index = i;
      PlanFacts.domainOf(acceptedDomains.get(i)).ifPresent(d -> accepted.putIfAbsent(d, index));
    }
    List<RemoteDomain> remote = plan.remoteDomains();
    for (int i = 0; i < remote.size(); i++) {
      RemoteDomain domain = remote.get(i);
      Optional<SmtpDomain> name = PlanFacts.domainOf(domain);
      if (name.isPresent() && accepted.containsKey(name.get())) {
        ctx.report(
            PlanFacts.domainPath(domain, i),
            "remote domain "
                + name.get()
                + " is also an accepted domain (acceptedDomains["
                + accepted.get(name.get())
                + "])",
            "remove the remote domain, or route the domain elsewhere and remove the accepted"
                + " domain");
      }
    }
  }

  static void underAcceptedDomain(CoexistencePlan plan, RuleContext ctx) {
    // Accepted domains that take every subdomain, by their base name; a remote domain's labels
    // are then looked up suffix by suffix, so the check is linear, not remote x accepted.
    Map<String, Integer> takesSubdomains = new HashMap<>();
    List<AcceptedDomain> acceptedDomains = plan.acceptedDomains();
    for (int i = 0; i < acceptedDomains.size(); i++) {
      AcceptedDomain accepted = acceptedDomains.get(i);
      Optional<SmtpDomain> domain = PlanFacts.domainOf(accepted);
      if (domain.isEmpty() || domain.get().isStar()) {
        continue;
      }
      if (domain.get().isWildcard() || accepted.matchSubDomains().orElse(false)) {
        takesSubdomains.putIfAbsent(domain.get().base().toString(), i);
      }
    }
    List<RemoteDomain> remote = plan.remoteDomains();
    for (int i = 0; i < remote.size(); i++) {
      Optional<SmtpDomain> domain = PlanFacts.domainOf(remote.get(i));
      if (domain.isEmpty() || domain.get().isStar()) {
        continue;
      }
      List<String> labels = domain.get().labels();
      // Parent domains only (from the second label on); for *.x.y that is x.y itself, whose
      // subdomains the wildcard names.
      for (int k = 1; k < labels.size(); k++) {
        String parent = String.join(".", labels.subList(k, labels.size()));
        Integer at = takesSubdomains.get(parent);
        if (at != null) {
          ctx.report(
              PlanFacts.domainPath(remote.get(i), i),
              "remote domain "
                  + domain.get()
                  + " lies under accepted domain "
                  + parent
                  + " (acceptedDomains["
                  + at
                  + "]), which accepts every subdomain",
              "choose a Domino routing domain outside the accepted domain, or set its"
                  + " matchSubDomains to false");
          break;
        }
      }
    }
  }

  static void bareStar(CoexistencePlan plan, RuleContext ctx) {
    List<RemoteDomain> remote = plan.remoteDomains();
    for (int i = 0; i < remote.size(); i++) {
      RemoteDomain domain = remote.get(i);
      boolean star = PlanFacts.domainOf(domain).filter(SmtpDomain::isStar).isPresent();
      if (star && !Ascii.equalsIgnoreCase(domain.name(), DEFAULT_REMOTE_DOMAIN)) {
        ctx.report(
            PlanFacts.domainPath(domain, i),
            "remote domain " + Show.quoted(domain.name()) + " has the domain \"*\"",
            "use a domain such as domino.contoso.com or *.contoso.com; \"*\" is the default"
                + " remote domain's");
      }
    }
  }

  static void nameLength(CoexistencePlan plan, RuleContext ctx) {
    List<RemoteDomain> remote = plan.remoteDomains();
    for (int i = 0; i < remote.size(); i++) {
      String name = remote.get(i).name();
      if (name.length() > MAX_NAME_LENGTH) {
        ctx.report(
            remote(i).key("name"),
            "the name has " + name.length() + " characters: " + Show.quoted(name),
            "shorten the name to at most " + MAX_NAME_LENGTH + " characters");
      }
    }
  }

  static void duplicateDomain(CoexistencePlan plan, RuleContext ctx) {
    Map<SmtpDomain, Integer> seen = new HashMap<>();
    List<RemoteDomain> remote = plan.remoteDomains();
    for (int i = 0; i < remote.size(); i++) {
      Optional<SmtpDomain> domain = PlanFacts.domainOf(remote.get(i));
      if (domain.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(domain.get(), i);
      if (first != null) {
        ctx.report(
            PlanFacts.domainPath(remote.get(i), i),
            "remote domain " + domain.get() + " is already remoteDomains[" + first + "]",
            "keep one remote domain per domain");
      }
    }
  }
}
