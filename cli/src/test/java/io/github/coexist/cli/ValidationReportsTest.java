package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.testplans.ScenarioPlans;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidationReportsTest {
  private static ValidationReport report(RuleSet rules, String organization) {
    CoexistencePlan plan =
        ScenarioPlans.withOrganization(Environment.EXCHANGE_ONLINE, organization);
    return PlanValidator.of(rules).validate(plan, ValidationContext.on(LocalDate.of(2026, 11, 27)));
  }

  @Test
  void anEmptyReport() {
    ValidationReport report = report(RuleSet.empty(), "Contoso");

    assertThat(ValidationReports.text(report)).isEqualTo("0 errors, 0 warnings, 0 infos\n");
    assertThat(ValidationReports.json(report))
        .isEqualTo("{\n  \"valid\": true,\n  \"diagnostics\": []\n}\n");
  }

  @Test
  void findingsInTextAndJson() {
    ValidationReport report =
        report(
            RuleSet.empty().with(new MarkerRules.Warning(), new MarkerRules.Error()),
            "MARK-ERROR MARK-WARNING \"quoted\"\nnext line");

    assertThat(ValidationReports.text(report))
        .isEqualTo(
            "ERROR COEX-TEST-001 organization: the organization carries the error marker (fix:"
                + " remove it)\n"
                + "WARNING COEX-TEST-002 organization: the organization carries the warning"
                + " marker\n"
                + "1 error, 1 warning, 0 infos\n");
    assertThat(ValidationReports.json(report))
        .isEqualTo(
            """
            {
              "valid": false,
              "diagnostics": [
                {
                  "ruleId": "COEX-TEST-001",
                  "severity": "ERROR",
                  "path": "organization",
                  "message": "the organization carries the error marker",
                  "hint": "remove it"
                },
                {
                  "ruleId": "COEX-TEST-002",
                  "severity": "WARNING",
                  "path": "organization",
                  "message": "the organization carries the warning marker",
                  "hint": ""
                }
              ]
            }
            """);
  }
}
