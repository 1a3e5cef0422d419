/**
 * coexist's validation rules: the guide's sections 7 and 8 and Microsoft's cmdlet reference as
 * checks, each with its own id, severity, reason and reference.
 *
 * <ul>
 *   <li>Catalogue: {@link io.github.coexist.core.rules.CoexistRules} (the built-in {@link
 *       io.github.coexist.core.validation.RuleProvider}, found by ServiceLoader)
 *   <li>Documentation: {@link io.github.coexist.core.rules.RuleCatalog} makes the page {@code
 *       docs/rules.md} from the catalogue
 * </ul>
 *
 * <p>Rules report, they never throw; no rule compares every pair of anything, so a plan with
 * 100,000 ranges or connectors is judged in O(n log n).
 */
package io.github.coexist.core.rules;
