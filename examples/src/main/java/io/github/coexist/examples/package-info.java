/**
 * Small runnable programs that use coexist as a migration tool would. Each has a {@code main} and a
 * method its test calls, so every example runs in the build:
 *
 * <ol>
 *   <li>{@link io.github.coexist.examples.RecommendedPlansExample}: both recommended plans, as
 *       YAML.
 *   <li>{@link io.github.coexist.examples.BuildPlanExample}: a plan built in code, validated.
 *   <li>{@link io.github.coexist.examples.LoadPlanExample}: a plan file read and validated.
 *   <li>{@link io.github.coexist.examples.EmitExample}: both PowerShell dialects and notes.ini.
 *   <li>{@link io.github.coexist.examples.InventoryExample}: a custom emitter (a CSV inventory).
 *   <li>{@link io.github.coexist.examples.CustomRuleExample}: a custom rule, registered in code and
 *       with ServiceLoader.
 *   <li>{@link io.github.coexist.examples.LicenseWarningsExample}: a license's status and warnings.
 * </ol>
 */
package io.github.coexist.examples;
