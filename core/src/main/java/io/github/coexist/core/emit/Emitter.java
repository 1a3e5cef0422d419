package io.github.coexist.core.emit;

import io.github.coexist.core.validation.ValidatedPlan;

/**
 * Turns a validated plan into an {@link Artifact} that writes itself. coexist's emitters
 * (PowerShell, rollback, snapshot script, notes.ini, console commands, Domino Directory, runbook)
 * implement it, and each is made the same way: {@code X.standard()} for the defaults, {@code
 * X.builder()...build()} to choose; an emitter is immutable and can be shared. A value an emitter
 * cannot write is an {@link EmissionException} naming its plan path. So can yours:
 *
 * <pre>{@code
 * Emitter<Artifact> inventory =
 *     valid -> out -> {
 *       for (SendConnector c : valid.plan().sendConnectors()) {
 *         out.append("SendConnector,").append(c.name()).append('\n');
 *       }
 *     };
 * String csv = inventory.emit(validPlan).text();
 * }</pre>
 *
 * <p>The one rule: what is made of a plan is an emitter's; what is made of something else is an
 * artifact with a factory of its own. A drift report is made of a drift (a plan compared with a
 * snapshot of the organisation), not of a plan, so it is {@code DriftReport.of(drift, form)}, an
 * artifact and no emitter. The snapshot script needs only the plan's environment: it is an emitter
 * of a plan like every other, and also takes an environment alone ({@code emit(Environment)}) for
 * reading an organisation before any plan exists.
 *
 * @param <A> the artifact type (structured first; its text and bytes are {@link Artifact}'s)
 */
@FunctionalInterface
public interface Emitter<A extends Artifact> {
  /**
   * The artifact for {@code plan}; deterministic: the same plan gives an equal artifact.
   *
   * @throws EmissionException naming the plan path of a value that cannot be written
   */
  A emit(ValidatedPlan plan);
}
