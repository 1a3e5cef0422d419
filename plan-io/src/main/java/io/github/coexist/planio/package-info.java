/**
 * Plan files: a {@link io.github.coexist.core.model.CoexistencePlan} read from and written to YAML
 * or JSON as {@code plan-format.md} fixes it.
 *
 * <ul>
 *   <li>Reading and writing: {@link io.github.coexist.planio.PlanReader}, {@link
 *       io.github.coexist.planio.PlanWriter}, {@link io.github.coexist.planio.PlanFormat}
 *   <li>Errors: {@link io.github.coexist.planio.PlanFileException} at a {@link
 *       io.github.coexist.planio.SourceLocation} ({@code file:line:column})
 *   <li>Older formats: {@link io.github.coexist.planio.PlanMigration} on the located tree {@link
 *       io.github.coexist.planio.PlanNode}
 *   <li>Schema: {@link io.github.coexist.planio.PlanSchema} ({@code docs/plan.schema.json})
 * </ul>
 *
 * <pre>{@code
 * CoexistencePlan plan = PlanReader.standard().read(Path.of("plan.yaml"));
 * String json = PlanWriter.write(plan, PlanFormat.JSON);
 * }</pre>
 */
package io.github.coexist.planio;
