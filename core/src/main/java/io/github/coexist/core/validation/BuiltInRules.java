package io.github.coexist.core.validation;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.rules.CoexistRules;

/**
 * The catalogue of coexist's own rules, in the order they run. The rules themselves live in {@code
 * io.github.coexist.core.rules}; {@code docs/rules.md} is generated from this list.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule, in a stable order (by area, then by id). */
  public static ImmutableList<Rule> all() {
    return CoexistRules.all();
  }
}
