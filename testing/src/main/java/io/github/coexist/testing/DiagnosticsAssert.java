package io.github.coexist.testing;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * The findings of one rule at one severity, narrowed step by step: {@code
 * hasError("COEX-RECV-002").at("receiveConnectors[0]").withMessageContaining("AnonymousUsers")}.
 * Each step keeps the findings that match, and fails when none is left.
 */
public final class DiagnosticsAssert extends AbstractAssert<DiagnosticsAssert, List<Diagnostic>> {
  private final Severity severity;
  private final String ruleId;
  private final String narrowedBy;

  DiagnosticsAssert(Severity severity, String ruleId, List<Diagnostic> found) {
    this(severity, ruleId, found, "");
  }

  private DiagnosticsAssert(
      Severity severity, String ruleId, List<Diagnostic> found, String narrowedBy) {
    super(ImmutableList.copyOf(found), DiagnosticsAssert.class);
    this.severity = severity;
    this.ruleId = ruleId;
    this.narrowedBy = narrowedBy;
  }

  /**
   * Keeps the findings at {@code path} or below it: {@code at("receiveConnectors[0]")} matches
   * {@code receiveConnectors[0]} and {@code receiveConnectors[0].remoteIpRanges[1]}, not {@code
   * receiveConnectors[01]}.
   */
  public DiagnosticsAssert at(String path) {
    Objects.requireNonNull(path, "path");
    return narrow(
        " at " + path,
        d ->
            d.path().equals(path)
                || d.path().startsWith(path + ".")
                || d.path().startsWith(path + "["));
  }

  /** Keeps the findings at exactly {@code path}. */
  public DiagnosticsAssert atExactly(String path) {
    Objects.requireNonNull(path, "path");
    return narrow(" at exactly " + path, d -> d.path().equals(path));
  }

  /** Keeps the findings whose message contains {@code text}. */
  public DiagnosticsAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return narrow(" with a message containing \"" + text + "\"", d -> d.message().contains(text));
  }

  /** Keeps the findings whose hint contains {@code text}. */
  public DiagnosticsAssert withHintContaining(String text) {
    Objects.requireNonNull(text, "text");
    return narrow(" with a hint containing \"" + text + "\"", d -> d.hint().contains(text));
  }

  /** Fails unless exactly {@code count} findings are left. */
  public DiagnosticsAssert times(int count) {
    if (actual.size() != count) {
      failWithMessage(
          "%s",
          "Expected "
              + count
              + " of "
              + describe()
              + ", but there "
              + (actual.size() == 1 ? "is 1" : "are " + actual.size())
              + ":\n"
              + Findings.list(actual));
    }
    return this;
  }

  private DiagnosticsAssert narrow(String step, Predicate<Diagnostic> keep) {
    List<Diagnostic> kept = actual.stream().filter(keep).collect(ImmutableList.toImmutableList());
    if (kept.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected " + describe() + step + ", but its findings are:\n" + Findings.list(actual));
    }
    return new DiagnosticsAssert(severity, ruleId, kept, narrowedBy + step);
  }

  private String describe() {
    return severity.name().toLowerCase(Locale.ROOT) + " " + ruleId + narrowedBy;
  }
}
