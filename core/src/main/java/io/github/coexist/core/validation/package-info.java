/**
 * Validation: {@link io.github.coexist.core.validation.Rule rules} report {@link
 * io.github.coexist.core.validation.Diagnostic diagnostics} into a {@link
 * io.github.coexist.core.validation.ValidationReport}; a report without errors yields the {@link
 * io.github.coexist.core.validation.ValidatedPlan} that emitters take.
 *
 * <ul>
 *   <li>Engine: {@link io.github.coexist.core.validation.PlanValidator}, {@link
 *       io.github.coexist.core.validation.RuleSet}, {@link
 *       io.github.coexist.core.validation.ValidationContext}
 *   <li>Results: {@link io.github.coexist.core.validation.ValidationReport}, {@link
 *       io.github.coexist.core.validation.Diagnostic}, {@link
 *       io.github.coexist.core.validation.Severity}, {@link
 *       io.github.coexist.core.validation.ValidatedPlan}
 *   <li>Extension: {@link io.github.coexist.core.validation.Rule}, {@link
 *       io.github.coexist.core.validation.RuleContext}, {@link
 *       io.github.coexist.core.validation.RuleProvider}
 *   <li>The built-in rules: a RuleProvider in {@code io.github.coexist.core.rules}, found by
 *       ServiceLoader (so this package does not depend on it), listed in {@code docs/rules.md}
 * </ul>
 */
package io.github.coexist.core.validation;
