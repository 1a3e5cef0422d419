package io.github.coexist.core.validation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule sees while it checks: the day, and a way to report findings. A finding has a path (a
 * {@link PlanPath}, checked against the plan model), a message naming the value, and a hint saying
 * how to fix it; none may be {@code null}. Breaking that is the rule author's mistake: {@link
 * RuleContractException} is thrown at once and {@link PlanValidator#validate} lets it through.
 *
 * <pre>{@code
 * ctx.report(PlanPath.of(ObjectKind.SEND_CONNECTOR, i).key("smartHosts"),
 *     "no smart host", "add the coexistence server's address");
 * ctx.report(Severity.INFO, PlanPath.root("organization"), "no organization name", "add one");
 * }</pre>
 */
public final class RuleContext {
  private final Rule rule;
  private final Severity severity;
  private final boolean overridden;
  private final ValidationContext context;
  private final List<Diagnostic> sink;

  RuleContext(
      Rule rule,
      Severity severity,
      boolean overridden,
      ValidationContext context,
      List<Diagnostic> sink) {
    this.rule = rule;
    this.severity = severity;
    this.overridden = overridden;
    this.context = context;
    this.sink = sink;
  }

  /** The day the plan is judged on. */
  public LocalDate today() {
    return context.today();
  }

  /**
   * Reports a finding at {@code path} with the rule's severity and reference.
   *
   * @param path where, in plan-file terms (e.g. {@code receiveConnectors[0].remoteIpRanges[1]})
   * @param message what is wrong, naming the value
   * @param hint how to fix it
   * @throws RuleContractException if an argument is {@code null}
   */
  public void report(PlanPath path, String message, String hint) {
    add(severity, path, message, hint);
  }

  /**
   * Reports a finding at a severity of the rule's choosing, for a rule whose findings differ in
   * weight (e.g. an error for a missing value, an info for a redundant one). A severity the {@link
   * RuleSet} sets for the rule ({@link RuleSet#withSeverity}) wins over {@code severity}.
   *
   * @throws RuleContractException if an argument is {@code null}
   */
  public void report(Severity severity, PlanPath path, String message, String hint) {
    require(severity, "severity");
    add(overridden ? this.severity : severity, path, message, hint);
  }

  /**
   * Reports a finding at a path given as text; prefer {@link #report(PlanPath, String, String)}.
   * The text is read with {@link PlanPath#parse}, so a key the plan cannot have is refused here
   * too.
   *
   * @throws RuleContractException if an argument is {@code null} or the path names a key the plan
   *     cannot have
   */
  public void report(String path, String message, String hint) {
    require(path, "path");
    PlanPath parsed;
    try {
      parsed = PlanPath.parse(path);
    } catch (IllegalArgumentException e) {
      throw new RuleContractException("rule " + rule.id() + " reported at " + e.getMessage(), e);
    }
    add(severity, parsed, message, hint);
  }

  private void add(Severity severity, PlanPath path, String message, String hint) {
    require(path, "path");
    require(message, "message");
    require(hint, "hint");
    sink.add(
        Diagnostic.builder()
            .ruleId(rule.id())
            .severity(severity)
            .path(path.toString())
            .message(message)
            .hint(hint)
            .reference(rule.reference())
            .build());
  }

  private void require(Object value, String parameter) {
    if (value == null) {
      throw new RuleContractException(
          "rule " + rule.id() + " reported a finding with a null " + parameter);
    }
  }
}
