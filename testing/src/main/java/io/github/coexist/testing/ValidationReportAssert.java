package io.github.coexist.testing;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}.
 *
 * <pre>{@code
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasError("COEX-RECV-002").at("receiveConnectors[0]");
 * assertThat(report).hasWarning("COEX-TLS-001").withMessageContaining("unencrypted");
 * assertThat(report).doesNotReport("COEX-TLS-003");
 * }</pre>
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /** Fails listing the errors, if there is any. */
  public ValidationReportAssert hasNoErrors() {
    return hasNo(Severity.ERROR);
  }

  /** Fails listing the warnings, if there is any. */
  public ValidationReportAssert hasNoWarnings() {
    return hasNo(Severity.WARNING);
  }

  /** Fails listing every finding, if there is any. */
  public ValidationReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.diagnostics().isEmpty()) {
      fail(
          "Expected a validation report without findings, but it has "
              + Findings.count(actual.diagnostics().size(), "finding")
              + ":\n"
              + Findings.list(actual.diagnostics()));
    }
    return this;
  }

  /** The errors of rule {@code ruleId}; fails when there is none. */
  public DiagnosticsAssert hasError(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return has(Severity.ERROR, ruleId);
  }

  /** The warnings of rule {@code ruleId}; fails when there is none. */
  public DiagnosticsAssert hasWarning(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return has(Severity.WARNING, ruleId);
  }

  /** The infos of rule {@code ruleId}; fails when there is none. */
  public DiagnosticsAssert hasInfo(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return has(Severity.INFO, ruleId);
  }

  /** Fails when rule {@code ruleId} reported anything, at any severity. */
  public ValidationReportAssert doesNotReport(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    List<Diagnostic> found = byRule(ruleId);
    if (!found.isEmpty()) {
      fail(
          "Expected no finding of "
              + ruleId
              + ", but there "
              + (found.size() == 1 ? "is " : "are ")
              + found.size()
              + ":\n"
              + Findings.list(found));
    }
    return this;
  }

  /** Fails unless the report has exactly {@code count} findings of {@code severity}. */
  public ValidationReportAssert hasCount(Severity severity, int count) {
    isNotNull();
    ImmutableList<Diagnostic> found = actual.withSeverity(severity);
    if (found.size() != count) {
      String word = severity.name().toLowerCase(Locale.ROOT);
      fail(
          "Expected "
              + Findings.count(count, word)
              + ", but the report has "
              + found.size()
              + ":\n"
              + Findings.list(found));
    }
    return this;
  }

  private ValidationReportAssert hasNo(Severity severity) {
    isNotNull();
    ImmutableList<Diagnostic> found = actual.withSeverity(severity);
    if (!found.isEmpty()) {
      String word = severity.name().toLowerCase(Locale.ROOT);
      fail(
          "Expected a validation report without "
              + word
              + "s, but it has "
              + Findings.count(found.size(), word)
              + ":\n"
              + Findings.list(found));
    }
    return this;
  }

  private DiagnosticsAssert has(Severity severity, String ruleId) {
    isNotNull();
    List<Diagnostic> ofRule = byRule(ruleId);
    List<Diagnostic> found =
        ofRule.stream()
            .filter(d -> d.severity() == severity)
            .collect(ImmutableList.toImmutableList());
    if (found.isEmpty()) {
      String word = severity.name().toLowerCase(Locale.ROOT);
      String detail =
          ofRule.isEmpty()
              ? "but no rule reported it; the findings are:\n" + Findings.list(actual.diagnostics())
              : "but its findings have another severity:\n" + Findings.list(ofRule);
      fail("Expected " + word + " " + ruleId + " in the validation report, " + detail);
    }
    return new DiagnosticsAssert(severity, ruleId, found);
  }

  private List<Diagnostic> byRule(String ruleId) {
    return actual.diagnostics().stream()
        .filter(d -> d.ruleId().equals(ruleId))
        .collect(ImmutableList.toImmutableList());
  }

  /** Fails with {@code message} as it is (no format specifiers are interpreted). */
  private void fail(String message) {
    failWithMessage("%s", message);
  }
}
