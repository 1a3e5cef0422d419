package io.github.coexist.core.validation;

/** How serious a finding is. Only {@link #ERROR} keeps a plan from becoming a ValidatedPlan. */
public enum Severity {
  /** The plan would fail, or would do harm (an open relay); nothing is emitted. */
  ERROR,
  /** The plan runs, but a decision deserves a second look (e.g. mail may travel unencrypted). */
  WARNING,
  /** Something the administrator must know or do by hand. */
  INFO
}
