package io.github.coexist.core.emit;

import io.github.coexist.core.validation.ValidatedPlan;

/**
 * Turns a validated plan into an {@link Artifact} that writes itself. coexist's emitters
 * (PowerShell, rollback, notes.ini, Domino Directory, runbook) implement it, and each is made the
 * same way: {@code X.standard()} for the defaults, {@code X.builder()...build()} to choose; an
 * emitter is immutable and can be shared. A value an emitter cannot write is an {@link
 * EmissionException} naming its plan path. So can yours:
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
