package io.github.coexist.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.recommend.RecommendedPlans;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** What a rule author meets: severities per finding, checked paths, null arguments refused. */
class RuleAuthoringTest {
  private static final ValidationContext DAY = ValidationContext.on(LocalDate.of(2026, 6, 1));
  private static final CoexistencePlan SERVER =
      RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));

  /** A rule whose check is the given lambda. */
  private static Rule rule(BiConsumer<CoexistencePlan, RuleContext> check) {
    return new Rule() {
      @Override
      public String id() {
        return "ACME-AUTH-001";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override
      public String title() {
        return "test";
      }

      @Override
      public String rationale() {
        return "test";
      }

      @Override
      public String reference() {
        return "test";
      }

      @Override
      public void check(CoexistencePlan plan, RuleContext ctx) {
        check.accept(plan, ctx);
      }
    };
  }

  private static ValidationReport run(RuleSet rules) {
    return PlanValidator.of(rules).validate(SERVER, DAY);
  }

  @Test
  void aRuleReportsEachFindingAtTheSeverityItChooses() {
    Rule two =
        rule(
            (plan, ctx) -> {
              ctx.report(Severity.ERROR, PlanPath.root("domains"), "bad", "fix it");
              ctx.report(Severity.INFO, PlanPath.root("organization"), "note", "none");
              ctx.report(PlanPath.root("tenant"), "default", "none");
            });
    ValidationReport report = run(RuleSet.empty().with(two));
    assertThat(report.diagnostics())
        .extracting(d -> d.severity() + " " + d.path())
        .containsExactly("ERROR domains", "WARNING tenant", "INFO organization");
  }

  @Test
  void aSeverityTheRuleSetSetsWinsOverTheOneTheRuleChooses() {
    Rule chooses =
        rule((plan, ctx) -> ctx.report(Severity.ERROR, PlanPath.root("domains"), "x", "y"));
    ValidationReport report =
        run(RuleSet.empty().with(chooses).withSeverity("ACME-AUTH-001", Severity.INFO));
    assertThat(report.diagnostics())
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.INFO);
  }

  @Test
  void aPathCannotNameAKeyTheObjectDoesNotHave() {
    assertThatThrownBy(() -> PlanPath.of(ObjectKind.SEND_CONNECTOR, 7).key("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sendConnectors[7] has no key \"nope\" (a SendConnector)");
    assertThatThrownBy(() -> PlanPath.root("sendConectors"))
        .hasMessage("the plan has no key \"sendConectors\" (a CoexistencePlan)");
    assertThatThrownBy(() -> PlanPath.root("domains").key("primary").key("x"))
        .hasMessage("domains.primary is a SmtpDomain value: it has no key \"x\"");
    assertThatThrownBy(() -> PlanPath.of(ObjectKind.SEND_CONNECTOR, 0).key("smartHosts").key("a"))
        .hasMessage("sendConnectors[0].smartHosts is a list: give an index, not the key \"a\"");
    assertThatThrownBy(() -> PlanPath.root("organization").index(0))
        .hasMessage("organization is not a list: it has no index");
    assertThatThrownBy(() -> PlanPath.of(ObjectKind.SEND_CONNECTOR, -1))
        .hasMessage("index: sendConnectors[-1] is negative");
  }

  @Test
  void pathsThePlanHasAreBuiltAndParsedAlike() {
    PlanPath built = PlanPath.of(ObjectKind.RECEIVE_CONNECTOR, 0).key("remoteIpRanges").index(1);
    assertThat(built).hasToString("receiveConnectors[0].remoteIpRanges[1]");
    assertThat(PlanPath.parse("receiveConnectors[0].remoteIpRanges[1]")).isEqualTo(built);
    assertThat(PlanPath.parse("domino.ndrTexts[3]")).hasToString("domino.ndrTexts[3]");
    assertThat(PlanPath.parse("coexistenceServers[1].address"))
        .hasToString("coexistenceServers[1].address");
    assertThat(
            PlanPath.of(
                ObjectKind.SEND_CONNECTOR,
                2,
                ObjectKind.SEND_CONNECTOR.attribute("smartHosts").orElseThrow()))
        .hasToString("sendConnectors[2].smartHosts");
    assertThatThrownBy(() -> PlanPath.parse("sendConectors[7].nope"))
        .hasMessage("the plan has no key \"sendConectors\" (a CoexistencePlan)");
    assertThatThrownBy(() -> PlanPath.parse("sendConnectors[x]"))
        .hasMessage("path: \"x\" is not an index");
  }

  @Test
  void aTextPathWithATypoIsTheAuthorsErrorThrownAtOnce() {
    Rule typo = rule((plan, ctx) -> ctx.report("sendConectors[7].nope", "x", "y"));
    assertThatThrownBy(() -> run(RuleSet.empty().with(typo)))
        .isInstanceOf(RuleContractException.class)
        .hasMessage(
            "rule ACME-AUTH-001 reported at the plan has no key \"sendConectors\" (a"
                + " CoexistencePlan)");
  }

  @Test
  void aTypedPathWithATypoIsTheAuthorsErrorThrownAtOnce() {
    Rule typo =
        rule(
            (plan, ctx) ->
                ctx.report(PlanPath.of(ObjectKind.SEND_CONNECTOR, 7).key("nope"), "x", "y"));
    assertThatThrownBy(() -> run(RuleSet.empty().with(typo)))
        .isInstanceOf(RuleContractException.class)
        .hasCauseInstanceOf(PlanPathException.class)
        .hasMessage(
            "rule ACME-AUTH-001 built a path: sendConnectors[7] has no key \"nope\" (a"
                + " SendConnector)");
  }

  @Test
  void aNullHintOrMessageIsTheAuthorsErrorNotAFinding() {
    Rule nullHint = rule((plan, ctx) -> ctx.report(PlanPath.root("domains"), "x", null));
    assertThatThrownBy(() -> run(RuleSet.empty().with(nullHint)))
        .isInstanceOf(RuleContractException.class)
        .hasMessage("rule ACME-AUTH-001 reported a finding with a null hint");
    Rule nullMessage = rule((plan, ctx) -> ctx.report("domains", null, "y"));
    assertThatThrownBy(() -> run(RuleSet.empty().with(nullMessage)))
        .hasMessage("rule ACME-AUTH-001 reported a finding with a null message");
    Rule nullSeverity = rule((plan, ctx) -> ctx.report(null, PlanPath.root("domains"), "x", "y"));
    assertThatThrownBy(() -> run(RuleSet.empty().with(nullSeverity)))
        .hasMessage("rule ACME-AUTH-001 reported a finding with a null severity");
  }

  @Test
  void nullArgumentsAreRefusedByNameBeforeAnyRuleRuns() {
    PlanValidator validator = PlanValidator.standard();
    assertThatThrownBy(() -> validator.validate(null, DAY))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
    assertThatThrownBy(() -> validator.validate(SERVER, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context");
    assertThatThrownBy(() -> PlanValidator.of(null)).hasMessage("rules");
    assertThatThrownBy(() -> RuleSet.empty().with((Rule) null)).hasMessage("more[0]");
    assertThatThrownBy(() -> RuleSet.standard().without(null)).hasMessage("id");
    assertThatThrownBy(() -> ValidationContext.on(null)).hasMessage("today");
    assertThatThrownBy(() -> RuleSet.discovered(null)).hasMessage("loader");
  }

  @Test
  void theDayIsGivenAsADateOrAsAClockAndZoneAndTheReportKeepsIt() {
    java.time.Instant instant = java.time.Instant.parse("2026-06-01T20:00:00Z");
    java.time.Clock clock = java.time.Clock.fixed(instant, java.time.ZoneOffset.UTC);
    assertThat(ValidationContext.of(clock, java.time.ZoneId.of("UTC")).today())
        .isEqualTo(LocalDate.of(2026, 6, 1));
    // 20:00 UTC is already the next day in Chatham (UTC+12:45).
    assertThat(ValidationContext.of(clock, java.time.ZoneId.of("Pacific/Chatham")).today())
        .isEqualTo(LocalDate.of(2026, 6, 2));
    ValidationReport report = PlanValidator.standard().validate(SERVER, DAY);
    assertThat(report.day()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(report.validatedPlan().orElseThrow().day()).isEqualTo(LocalDate.of(2026, 6, 1));
  }
}
