package io.github.coexist.core.emit;

import io.github.coexist.core.validation.ValidatedPlan;

/**
 * Turns a validated plan into an artifact. coexist's emitters (PowerShell, Notes.ini, runbook)
 * implement it; so can yours:
 *
 * <pre>{@code
 * Emitter<String> inventory = valid -> valid.plan().sendConnectors().stream()
 *     .map(c -> "SendConnector," + c.name())
 *     .collect(Collectors.joining("\n"));
 * }</pre>
 *
 * @param <A> the artifact type (structured first; rendering to text is a separate step)
 */
@FunctionalInterface
public interface Emitter<A> {
  /** The artifact for {@code plan}; deterministic: the same plan gives an equal artifact. */
  A emit(ValidatedPlan plan);
}
