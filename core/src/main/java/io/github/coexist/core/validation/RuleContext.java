package io.github.coexist.core.validation;

import java.time.LocalDate;
import java.util.List;

/** What a rule sees while it checks: the date, and a way to report findings. */
public final class RuleContext {
  private final Rule rule;
  private final Severity severity;
  private final ValidationContext context;
  private final List<Diagnostic> sink;

  RuleContext(Rule rule, Severity severity, ValidationContext context, List<Diagnostic> sink) {
    this.rule = rule;
    this.severity = severity;
    this.context = context;
    this.sink = sink;
  }

  /** The day the plan is judged on. */
  public LocalDate today() {
    return context.today();
  }

  /**
   * Reports a finding at {@code path} (plan-file terms, e.g. {@code
   * receiveConnectors[0].remoteIpRanges[1]}) with the rule's severity and reference.
   *
   * @param message what is wrong, naming the value
   * @param hint how to fix it
   */
  public void report(String path, String message, String hint) {
    sink.add(
        Diagnostic.builder()
            .ruleId(rule.id())
            .severity(severity)
            .path(path)
            .message(message)
            .hint(hint)
            .reference(rule.reference())
            .build());
  }

  /** Reports a finding at {@code path}; see {@link #report(String, String, String)}. */
  public void report(PlanPath path, String message, String hint) {
    report(path.toString(), message, hint);
  }
}
