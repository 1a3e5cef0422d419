package io.github.coexist.examples;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.value.SmtpDomain;
import java.util.Map;
import java.util.TreeMap;

/**
 * A custom rule, as an organisation adds its own policy: no domain of the plan may be a reserved
 * test domain ({@code .test}, {@code .example}, {@code .invalid}, {@code .localhost}; RFC 2606),
 * because a lab plan run against production would route real mail nowhere.
 */
public final class NoTestDomainsRule implements Rule {
  /** The rule's id: an organisation prefix, not {@code COEX-}. */
  public static final String ID = "ACME-DOM-001";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String title() {
    return "No reserved test domains in a plan";
  }

  @Override
  public String rationale() {
    return "A lab plan run against production routes real mail to domains that do not exist.";
  }

  @Override
  public String reference() {
    return "RFC 2606; ACME mail policy 4.2";
  }

  @Override
  public void check(CoexistencePlan plan, RuleContext ctx) {
    Map<String, SmtpDomain> domains = new TreeMap<>();
    domains.put("primary", plan.domains().primary());
    domains.put("dominoRouting", plan.domains().dominoRouting());
    domains.put("exchangeRouting", plan.domains().exchangeRouting());
    domains.forEach(
        (key, domain) -> {
          String text = domain.toString();
          for (String reserved : new String[] {".test", ".example", ".invalid", ".localhost"}) {
            if (text.endsWith(reserved)) {
              ctx.report(
                  PlanPath.root("domains").key(key),
                  "domain " + text + " is a reserved test domain",
                  "use the organisation's real domain");
            }
          }
        });
  }
}
