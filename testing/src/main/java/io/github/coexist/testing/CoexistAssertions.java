package io.github.coexist.testing;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.domino.DirectoryDocuments;
import io.github.coexist.livestate.drift.Drift;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.powershell.PowerShellScript;
import java.util.Objects;

/**
 * The entry point of coexist's AssertJ assertions. Import {@code assertThat} statically next to
 * AssertJ's own; overloads pick the right assertion by type.
 *
 * <pre>{@code
 * import static io.github.coexist.testing.CoexistAssertions.assertThat;
 *
 * assertThat(plan).isValidOn(LocalDate.of(2026, 11, 27));
 * assertThat(report).hasError("COEX-RECV-002").at("receiveConnectors[0]");
 * assertThat(script).invokes("New-SendConnector").with("SmartHosts", "10.1.1.1", "10.1.1.2");
 * assertThat(NotesIniDocument.parse(bytes)).hasSetting("BTEXCHANGEDB", "btexchange.box");
 * assertThat(Drift.between(plan, snapshot)).differsAt("sendConnectors[0].smartHosts");
 * assertThat(dominoDocuments).hasDocument(DocumentKind.FOREIGN_DOMAIN, "Exchange via COEX01/ACME")
 *     .withItem("MailFile", "btexchange.box");
 * }</pre>
 */
public final class CoexistAssertions {
  private CoexistAssertions() {}

  /** Assertions on a plan. */
  public static PlanAssert assertThat(CoexistencePlan plan) {
    Objects.requireNonNull(plan, "plan");
    return new PlanAssert(plan);
  }

  /** Assertions on a PowerShell script's statement model. */
  public static PowerShellScriptAssert assertThat(PowerShellScript script) {
    Objects.requireNonNull(script, "script");
    return new PowerShellScriptAssert(script);
  }

  /** Assertions on a notes.ini document (the settings Domino reads). */
  public static NotesIniDocumentAssert assertThat(NotesIniDocument notesIni) {
    Objects.requireNonNull(notesIni, "notesIni");
    return new NotesIniDocumentAssert(notesIni);
  }

  /** Assertions on a drift report (a plan against a snapshot of the organisation). */
  public static DriftAssert assertThat(Drift drift) {
    Objects.requireNonNull(drift, "drift");
    return new DriftAssert(drift);
  }

  /** Assertions on the Domino Directory documents of a plan. */
  public static DirectoryDocumentsAssert assertThat(DirectoryDocuments documents) {
    Objects.requireNonNull(documents, "documents");
    return new DirectoryDocumentsAssert(documents);
  }

  /** Assertions on a validation report. */
  public static ValidationReportAssert assertThat(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    return new ValidationReportAssert(report);
  }
}
