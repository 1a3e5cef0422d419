package io.github.coexist.core.validation;

import java.util.List;

/**
 * A source of rules found with {@link java.util.ServiceLoader}: list your implementation in {@code
 * META-INF/services/io.github.coexist.core.validation.RuleProvider}. coexist's own catalogue is one
 * ({@code io.github.coexist.core.rules.CoexistRules}); the engine finds it the same way, so the
 * engine does not depend on the rules it runs.
 */
public interface RuleProvider {
  /** The rules, in the order they run. */
  List<Rule> rules();

  /** Whether these are coexist's own rules (they run first, and {@link RuleSet#builtIn()}). */
  default boolean builtIn() {
    return false;
  }
}
