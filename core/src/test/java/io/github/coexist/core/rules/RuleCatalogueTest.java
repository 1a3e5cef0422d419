package io.github.coexist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue as a whole: ids, metadata, order, and a triggering and a passing test each. */
class RuleCatalogueTest {
  /** Every table of rule cases. */
  static List<RuleCase> allCases() {
    List<RuleCase> all = new ArrayList<>();
    all.addAll(EnvironmentRulesTest.cases());
    all.addAll(RemoteDomainRulesTest.cases());
    all.addAll(AcceptedDomainRulesTest.cases());
    all.addAll(AddressPolicyRulesTest.cases());
    all.addAll(SendConnectorRulesTest.cases());
    all.addAll(ReceiveConnectorRulesTest.cases());
    all.addAll(ExchangeOnlineConnectorRulesTest.cases());
    all.addAll(TlsPostureRulesTest.cases());
    all.addAll(CrossObjectRulesTest.cases());
    all.addAll(DominoRulesTest.cases());
    all.addAll(LicenseRulesTest.cases());
    all.addAll(DirectoryRulesTest.cases());
    all.addAll(TrustAndReachRulesTest.cases());
    all.addAll(TextRulesTest.cases());
    return all;
  }

  @Test
  void everyRuleHasATriggeringAndAPassingCase() {
    Set<String> ids =
        RuleSet.builtIn().rules().stream()
            .map(Rule::id)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> triggered = new TreeSet<>();
    Set<String> passed = new TreeSet<>();
    for (RuleCase c : allCases()) {
      (c.triggers() ? triggered : passed).add(c.ruleId());
    }
    assertThat(triggered).as("rules with a triggering case").isEqualTo(ids);
    assertThat(passed).as("rules with a passing case").isEqualTo(ids);
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    List<String> ids =
        RuleSet.builtIn().rules().stream().map(Rule::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> id.matches("COEX-[A-Z]+-\\d{3}"), "COEX-<AREA>-<NNN>");
  }

  @Test
  void issueFiveAndSixCataloguesAreBigEnough() {
    // Issue 5: domains, policies and environment (at least 15); issue 6: the rest (30 and more).
    Set<String> issueFive = Set.of("RDOM", "ADOM", "EAP", "ENV");
    long five = RuleSet.builtIn().rules().stream().filter(r -> issueFive.contains(area(r))).count();
    long six = RuleSet.builtIn().rules().size() - five;
    assertThat(five).isGreaterThanOrEqualTo(15);
    assertThat(six).isGreaterThanOrEqualTo(30);
  }

  @Test
  void areasAreContiguousAndIdsAscendWithinAnArea() {
    List<Rule> rules = RuleSet.builtIn().rules();
    List<String> areasSeen = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      String area = area(rules.get(i));
      if (areasSeen.isEmpty() || !areasSeen.get(areasSeen.size() - 1).equals(area)) {
        assertThat(areasSeen)
            .as("area " + area + " appears once, in one block")
            .doesNotContain(area);
        areasSeen.add(area);
      } else {
        assertThat(rules.get(i).id()).isGreaterThan(rules.get(i - 1).id());
      }
    }
  }

  @Test
  void everyRuleExplainsItself() {
    for (Rule rule : RuleSet.builtIn().rules()) {
      assertThat(rule.title()).as(rule.id()).isNotBlank().doesNotContain("\n");
      assertThat(rule.rationale()).as(rule.id()).isNotBlank().doesNotContain("\n");
      assertThat(rule.reference())
          .as(rule.id() + " names a guide step, an erratum, Microsoft or BTCal")
          .containsPattern("guide|E\\d+|Microsoft|BTCal|plan format|topology|exchange-cmdlets");
    }
  }

  @Test
  void severitiesTheIssuesName() {
    assertThat(severity("COEX-RECV-003")).as("E10").isEqualTo(Severity.ERROR);
    assertThat(severity("COEX-RECV-007")).as("open relay").isEqualTo(Severity.ERROR);
    assertThat(severity("COEX-SEND-002")).as("E12").isEqualTo(Severity.ERROR);
    assertThat(severity("COEX-SEND-005")).as("smart hosts").isEqualTo(Severity.WARNING);
    assertThat(severity("COEX-EXO-003")).as("a /16").isEqualTo(Severity.ERROR);
    assertThat(severity("COEX-EXO-010")).as("ignored smart hosts").isEqualTo(Severity.WARNING);
    assertThat(severity("COEX-ADOM-004")).as("manual step").isEqualTo(Severity.INFO);
    assertThat(severity("COEX-DOM-003")).as(".box").isEqualTo(Severity.WARNING);
    assertThat(severity("COEX-LIC-001")).as("expired trial").isEqualTo(Severity.ERROR);
    assertThat(severity("COEX-LIC-002")).as("30 days").isEqualTo(Severity.WARNING);
    assertThat(severity("COEX-LIC-003")).as("expired standard").isEqualTo(Severity.WARNING);
    for (Rule rule : RuleSet.builtIn().rules()) {
      if (area(rule).equals("TLS")) {
        assertThat(rule.defaultSeverity()).as(rule.id()).isEqualTo(Severity.WARNING);
      }
    }
  }

  private static Severity severity(String id) {
    return RuleSet.builtIn().rules().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow()
        .defaultSeverity();
  }

  private static String area(Rule rule) {
    return rule.id().split("-", -1)[1];
  }
}
