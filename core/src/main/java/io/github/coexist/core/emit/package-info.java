/**
 * The emitter contract every artifact of coexist follows.
 *
 * <ul>
 *   <li>{@link io.github.coexist.core.emit.Emitter}: a validated plan in, an artifact out; made
 *       with {@code X.standard()} or {@code X.builder()...build()}.
 *   <li>{@link io.github.coexist.core.emit.Artifact}: writes itself as text ({@code
 *       writeTo(Appendable)}, {@code text()}, {@code toString()}) and as the bytes of its file in
 *       its charset ({@code writeTo(OutputStream)}).
 *   <li>{@link io.github.coexist.core.emit.EmissionException}: a value an emitter cannot write,
 *       with its {@link io.github.coexist.core.validation.PlanPath}.
 * </ul>
 */
package io.github.coexist.core.emit;
