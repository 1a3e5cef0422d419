package io.github.coexist.core.validation;

import com.google.common.collect.ImmutableList;

/** The catalogue of coexist's own rules, in the order they run. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule. */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
