package io.github.coexist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.testsupport.Golden;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the catalogue; this test fails when it is out of date and, with
 * the golden-file switch {@code -Dcoexist.regenerate=true}, rewrites it.
 */
class RuleCatalogTest {
  @Test
  void docsRulesMdIsUpToDate() {
    Golden.assertFile("../docs/rules.md", RuleCatalog.markdown(RuleSet.builtIn()));
  }

  @Test
  void thePageShowsEveryRuleWithItsReasonAndReference() {
    String page = RuleCatalog.markdown(RuleSet.builtIn());
    for (Rule rule : RuleSet.builtIn().rules()) {
      assertThat(page)
          .contains("## " + rule.id() + "\n")
          .contains("- Why: " + rule.rationale() + "\n")
          .contains("- Reference: " + rule.reference() + "\n");
    }
    assertThat(page).contains("## Findings the recommended plans carry deliberately");
    assertThat(page).doesNotContain("(not explained)");
  }

  @Test
  void thePageFollowsTheRuleSetsSeverities() {
    RuleSet louder = RuleSet.builtIn().withSeverity("COEX-TLS-001", Severity.ERROR);
    assertThat(RuleCatalog.markdown(louder))
        .contains("| [COEX-TLS-001](#coex-tls-001) | ERROR |")
        .contains("## COEX-TLS-001\n\n**ERROR**");
    assertThat(RuleCatalog.markdown(RuleSet.builtIn()))
        .contains("| [COEX-TLS-001](#coex-tls-001) | WARNING |");
  }

  @Test
  void theRecommendedPlansSectionListsTheirWarnings() {
    String page = RuleCatalog.markdown(RuleSet.builtIn());
    assertThat(page)
        .contains(
            "| Exchange Server, TLS opportunistic | WARNING [COEX-TLS-003](#coex-tls-003) |"
                + " `sendConnectors[0].requireTls` |")
        .contains(
            "| Exchange Online, TLS required | INFO [COEX-ADOM-021](#coex-adom-021) |"
                + " `acceptedDomains[0].domainType` |");
    // The example has two coexistence servers: the failover note is its only finding.
    assertThat(page)
        .contains(
            "| Exchange Server, TLS required | INFO [COEX-DDIR-005](#coex-ddir-005) |"
                + " `coexistenceServers` |")
        .doesNotContain("| Exchange Server, TLS required | WARNING");
  }
}
