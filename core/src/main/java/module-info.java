/**
 * coexist's core: value types, the plan model, validation and the built-in rules, recommended
 * plans.
 *
 * <p>Rules of your own reach a validator in code ({@code RuleSet.with}) or, when the validator asks
 * for them ({@code PlanValidator.withDiscoveredRules()}), through {@link java.util.ServiceLoader}:
 * from a module, declare {@code provides io.github.coexist.core.validation.RuleProvider with ...};
 * on the class path, list the class in {@code META-INF/services}.
 */
// Immutables publishes no module descriptor, only an automatic name; it is read at compile time
// only (requires static) and never at run time.
@SuppressWarnings("requires-automatic")
module io.github.coexist.core {
  requires transitive com.google.common;
  // Immutables' annotations are read at compile time only; the generated classes do not need them.
  requires static org.immutables.value;

  exports io.github.coexist.core;
  exports io.github.coexist.core.domino;
  exports io.github.coexist.core.emit;
  exports io.github.coexist.core.model;
  exports io.github.coexist.core.recommend;
  exports io.github.coexist.core.rules;
  exports io.github.coexist.core.text;
  exports io.github.coexist.core.validation;
  exports io.github.coexist.core.value;

  uses io.github.coexist.core.validation.RuleProvider;
  uses io.github.coexist.core.validation.Rule;

  provides io.github.coexist.core.validation.RuleProvider with
      io.github.coexist.core.rules.CoexistRules;
}
