package io.github.coexist.livestate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.livestate.drift.DriftReport;
import io.github.coexist.livestate.importing.PlanImport;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two real captures (clixml/NOTICE.md) imported into a plan, validated, and diffed: the
 * imported plan is in sync with them after a round trip through a plan file, and the recommended
 * plan shows what that organisation lacks.
 */
class CapturesTest {
  private static Snapshot organisation() {
    return Snapshot.combine(
        List.of(
            ClixmlReaderTest.capture("GetSendConnector.xml"),
            ClixmlReaderTest.capture("GetAcceptedDomain.xml")));
  }

  @Test
  void theCapturesImportValidateAndDiffInSync() {
    Snapshot live = organisation();

    // Not a coexistence yet: the organisation shows no route to Domino, so the domains are given.
    PlanImport imported =
        PlanImport.of(
            live,
            EnumSet.allOf(ObjectKind.class),
            Optional.of(Domains.of("solo.com", "domino.solo.com", "exch.solo.com")));

    assertThat(imported.rejected()).isEmpty();
    assertThat(imported.plan().sendConnectors()).hasSize(1);
    assertThat(imported.plan().acceptedDomains()).hasSize(3);
    ValidationReport report =
        PlanValidator.standard()
            .validate(imported.plan(), ValidationContext.on(LocalDate.of(2026, 11, 27)));
    // A real organisation's connector to Exchange Online is not a coexistence plan: validation
    // judges it (findings are expected), but reads every value.
    assertThat(report.diagnostics()).isNotEmpty();
    assertThat(report.withSeverity(Severity.ERROR))
        .allSatisfy(d -> assertThat(d.path()).isNotEmpty());
    for (PlanFormat format : PlanFormat.values()) {
      CoexistencePlan read =
          PlanReader.standard()
              .read(PlanWriter.write(imported.plan(), format), "imported." + format);
      Drift drift = Drift.between(read, live);
      assertThat(drift.isInSync()).as(DriftReport.of(drift, DriftReport.Form.TEXT).text()).isTrue();
      assertThat(drift.unmanaged()).isEmpty();
    }
  }

  @Test
  void theRecommendedPlanAgainstTheCapturesShowsWhatIsMissingAndWhatIsUnmanaged() {
    CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);

    Drift drift = Drift.between(plan, organisation());

    assertThat(drift.status()).isEqualTo(Drift.Status.DRIFT);
    assertThat(drift.differences())
        .extracting(Drift.Difference::path)
        .contains("sendConnectors[0]");
    assertThat(drift.unmanaged()).extracting(Drift.Unmanaged::identity).contains("Mail to O365");
    assertThat(drift.unknown())
        .extracting(Drift.Unknown::kind)
        .contains(ObjectKind.RECEIVE_CONNECTOR);
    assertThat(DriftReport.of(drift, DriftReport.Form.TEXT).text())
        .isEqualTo(
            """
            MISSING acceptedDomains[0] "contoso.com": the organisation has no such accepted domain
            MISSING acceptedDomains[1] "exch.contoso.com": the organisation has no such accepted domain
            MISSING sendConnectors[0] "Outbound to Domino": the organisation has no such send connector
            UNKNOWN remoteDomains: 1 planned object not checked (no input covers remoteDomains)
            UNKNOWN emailAddressPolicies: 1 planned object not checked (no input covers emailAddressPolicies)
            UNKNOWN receiveConnectors: 2 planned objects not checked (no input covers receiveConnectors)
            UNMANAGED accepted-domain "Solo.com"
            UNMANAGED accepted-domain "Contoso Wild"
            UNMANAGED accepted-domain "Wild .com"
            UNMANAGED send-connector "Mail to O365"
            drift: 3 differences, 3 unknown kinds, 0 not reported, 4 unmanaged
            """);
  }
}
