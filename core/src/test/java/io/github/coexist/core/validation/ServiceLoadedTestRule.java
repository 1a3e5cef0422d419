package io.github.coexist.core.validation;

import io.github.coexist.core.model.CoexistencePlan;

/**
 * A rule registered only on the test class path (META-INF/services), to prove that {@link
 * RuleSet#discovered()} finds rules with ServiceLoader (and {@link RuleSet#standard()} does not).
 * It fires only for the organisation {@value #PROBE}, so it never disturbs other tests.
 */
public final class ServiceLoadedTestRule implements Rule {
  static final String ID = "TEST-SPI-001";
  static final String PROBE = "service-loader-probe";

  /** The constructor ServiceLoader calls. */
  public ServiceLoadedTestRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String title() {
    return "A test rule found by ServiceLoader";
  }

  @Override
  public String rationale() {
    return "Proves the extension point.";
  }

  @Override
  public String reference() {
    return "ServiceLoadedTestRule";
  }

  @Override
  public void check(CoexistencePlan plan, RuleContext ctx) {
    if (plan.organization().filter(PROBE::equals).isPresent()) {
      ctx.report("organization", "the probe organisation", "nothing to fix");
    }
  }
}
