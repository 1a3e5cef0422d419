package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.InvalidValueException;
import io.github.coexist.core.value.SmtpDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An inbound connector that identifies the coexistence servers by certificate names a domain of the
 * organisation: Exchange Online recognises an on-premises server by a certificate whose name lies
 * in one of the tenant's accepted domains, so a name outside them matches no mail.
 */
final class CertificateNameRule {
  private CertificateNameRule() {}

  static Rule rule() {
    return BuiltInRule.of(
        "COEX-EXO-020",
        ERROR,
        "An inbound connector's TlsSenderCertificateName lies under one of the plan's accepted"
            + " domains",
        "Exchange Online identifies mail from your own email server by a certificate whose"
            + " subject or SAN is in one of your accepted domains; a connector naming another"
            + " domain's certificate matches nothing, and Domino's mail arrives as internet mail."
            + " A wildcard (*.contoso.com) counts by the domain under it.",
        "Microsoft: Set up connectors to route mail between Microsoft 365 and your own email"
            + " servers, identifying email from your email server"
            + " (https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail);"
            + " New-InboundConnector -TlsSenderCertificateName",
        CertificateNameRule::check);
  }

  static void check(CoexistencePlan plan, RuleContext ctx) {
    List<SmtpDomain> accepted = new ArrayList<>();
    for (AcceptedDomain domain : plan.acceptedDomains()) {
      PlanFacts.domainOf(domain).ifPresent(accepted::add);
    }
    List<InboundConnector> connectors = plan.inboundConnectors();
    for (int i = 0; i < connectors.size(); i++) {
      Optional<String> text = connectors.get(i).tlsSenderCertificateName();
      if (text.isEmpty()) {
        continue;
      }
      Optional<SmtpDomain> name = domain(text.get());
      if (name.isPresent() && accepted.stream().anyMatch(a -> liesUnder(name.get(), a))) {
        continue;
      }
      ctx.report(
          PlanPath.of(ObjectKind.INBOUND_CONNECTOR, i).key("tlsSenderCertificateName"),
          "certificate name "
              + Show.quoted(text.get())
              + (name.isPresent()
                  ? " is under none of the accepted domains " + Show.list(accepted)
                  : " is not a domain name"),
          "use a certificate name in an accepted domain, e.g. coex01."
              + plan.domains().primary()
              + " or *."
              + plan.domains().primary());
    }
  }

  /** Whether the certificate name {@code name} (maybe a wildcard) lies under accepted {@code a}. */
  private static boolean liesUnder(SmtpDomain name, SmtpDomain accepted) {
    SmtpDomain base = name.base();
    SmtpDomain domain = accepted.base();
    return !name.isStar()
        && !accepted.isStar()
        && (base.equals(domain) || base.isSubdomainOf(domain));
  }

  private static Optional<SmtpDomain> domain(String text) {
    try {
      return Optional.of(SmtpDomain.parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
