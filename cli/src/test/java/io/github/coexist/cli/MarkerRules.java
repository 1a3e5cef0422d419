package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.validation.Severity;

/**
 * Test-only rules, registered through the ServiceLoader file in src/test/resources: they fire on an
 * organization name containing a marker, so the CLI's exit codes and report formats are tested
 * independently of which real rules exist.
 */
final class MarkerRules {
  private MarkerRules() {}

  /** An ERROR for organization names containing {@value #MARKER}. */
  // Named after the severity it reports; always written qualified, MarkerRules.Error.
  @SuppressWarnings("JavaLangClash")
  public static final class Error implements Rule {
    static final String MARKER = "MARK-ERROR";

    @Override
    public String id() {
      return "COEX-TEST-001";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String title() {
      return "test marker error";
    }

    @Override
    public String rationale() {
      return "exercises exit code 1";
    }

    @Override
    public String reference() {
      return "cli tests";
    }

    @Override
    public void check(CoexistencePlan plan, RuleContext ctx) {
      if (plan.organization().filter(o -> o.contains(MARKER)).isPresent()) {
        ctx.report("organization", "the organization carries the error marker", "remove it");
      }
    }
  }

  /** A WARNING for organization names containing {@value #MARKER}. */
  public static final class Warning implements Rule {
    static final String MARKER = "MARK-WARNING";

    @Override
    public String id() {
      return "COEX-TEST-002";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String title() {
      return "test marker warning";
    }

    @Override
    public String rationale() {
      return "exercises warnings that do not fail";
    }

    @Override
    public String reference() {
      return "cli tests";
    }

    @Override
    public void check(CoexistencePlan plan, RuleContext ctx) {
      if (plan.organization().filter(o -> o.contains(MARKER)).isPresent()) {
        ctx.report("organization", "the organization carries the warning marker", "");
      }
    }
  }
}
