package io.github.coexist.core.rules;

import static java.util.Objects.requireNonNull;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.validation.Severity;

/**
 * One built-in rule: the metadata docs/rules.md shows, and the check, a static method of the family
 * class that defines the rule. A family class keeps related checks (e.g. the receive connector's
 * authentication rules) side by side while each keeps its own id.
 */
final class BuiltInRule implements Rule {
  /** The check of one rule. */
  @FunctionalInterface
  interface Check {
    void check(CoexistencePlan plan, RuleContext ctx);
  }

  private final String id;
  private final Severity severity;
  private final String title;
  private final String rationale;
  private final String reference;
  private final Check check;

  private BuiltInRule(
      String id, Severity severity, String title, String rationale, String reference, Check check) {
    this.id = requireNonNull(id, "id");
    this.severity = requireNonNull(severity, "severity");
    this.title = requireNonNull(title, "title");
    this.rationale = requireNonNull(rationale, "rationale");
    this.reference = requireNonNull(reference, "reference");
    this.check = requireNonNull(check, "check");
  }

  /**
   * A rule.
   *
   * @param title one line saying what the rule requires
   * @param rationale why: what goes wrong when it is ignored
   * @param reference the guide step, erratum or Microsoft page
   */
  static Rule of(
      String id, Severity severity, String title, String rationale, String reference, Check check) {
    return new BuiltInRule(id, severity, title, rationale, reference, check);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String rationale() {
    return rationale;
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public void check(CoexistencePlan plan, RuleContext ctx) {
    check.check(plan, ctx);
  }

  @Override
  public String toString() {
    return id + " (" + severity + "): " + title;
  }
}
