package io.github.coexist.core.validation;

import io.github.coexist.core.CoexistStyle;
import org.immutables.value.Value;

/**
 * One finding of validation: which rule, how serious, where in the plan (in plan-file terms, e.g.
 * {@code receiveConnectors[0].remoteIpRanges[1]}), what is wrong, how to fix it, and where the rule
 * comes from.
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class Diagnostic {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  Diagnostic() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Diagnostic}. A setter of a list (e.g. {@code names(list)}) replaces the values
   * set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws {@link
   * IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }

  /** The rule id, {@code COEX-<AREA>-<NNN>}. */
  public abstract String ruleId();

  /** The severity in force (the rule's default unless overridden). */
  public abstract Severity severity();

  /** The path to the offending value, e.g. {@code sendConnectors[0].addressSpaces[1]}. */
  public abstract String path();

  /** What is wrong, naming the value. */
  public abstract String message();

  /** How to fix it. */
  public abstract String hint();

  /** The guide step, erratum or Microsoft page the rule rests on. */
  public abstract String reference();

  /** {@code ERROR COEX-RECV-002 receiveConnectors[0]: message}. */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + " " + path() + ": " + message();
  }
}
