package io.github.coexist.core.validation;

import io.github.coexist.core.model.CoexistencePlan;

/**
 * One check of a plan, with a stable id. Rules report; they never throw for a plan the model
 * accepts. Register your own programmatically ({@link RuleSet#with}) or with {@link
 * java.util.ServiceLoader} (a {@code META-INF/services/io.github.coexist.core.validation.Rule}
 * file).
 *
 * <pre>{@code
 * final class NoTestDomains implements Rule {
 *   public String id() { return "ACME-DOM-001"; }
 *   public Severity defaultSeverity() { return Severity.ERROR; }
 *   public String title() { return "No test domains in production plans"; }
 *   public String rationale() { return "Lab domains in a production script misroute mail."; }
 *   public String reference() { return "ACME policy 12"; }
 *   public void check(CoexistencePlan plan, RuleContext ctx) {
 *     if (plan.domains().primary().toString().endsWith(".test")) {
 *       ctx.report("domains.primary", "a .test domain", "use the real domain");
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Rule {
  /** A stable id, {@code COEX-<AREA>-<NNN>} for the built-in rules. */
  String id();

  /** The severity unless a {@link RuleSet} overrides it. */
  Severity defaultSeverity();

  /** One line saying what the rule requires. */
  String title();

  /** Why the rule exists (the consequence of ignoring it). */
  String rationale();

  /** The guide step, erratum or Microsoft page the rule rests on. */
  String reference();

  /** Examines the plan and reports findings through {@code ctx}. */
  void check(CoexistencePlan plan, RuleContext ctx);
}
