package io.github.coexist.core.emit;

import io.github.coexist.core.CoexistException;
import io.github.coexist.core.validation.PlanPath;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid plan that an emitter cannot write, naming what is at fault: the plan path of the value
 * ({@code receiveConnectors[0].server: a receive connector belongs to one server (E21); name the
 * server}), or, for a value that does not come from a plan (a notes.ini setting made in code), what
 * names it. Emitters guard against what validation should already have reported (rules switched
 * off, rules of your own); the message is for people, one line.
 *
 * <p>Every emitter's refusal is one of these, so one {@code catch} serves them all: {@code
 * UnsafeTextException} (PowerShell), {@code UnsafeSettingException} (notes.ini) and {@code
 * UnsafeDirectoryValueException} (Domino Directory) extend it.
 *
 * <pre>{@code
 * try {
 *   RunbookEmitter.standard().emit(validPlan);
 * } catch (EmissionException e) {
 *   e.path();   // Optional[sendConnectors[0].name]
 *   e.reason(); // control character U+000A at index 3 is not allowed in a PowerShell script
 * }
 * }</pre>
 */
public class EmissionException extends CoexistException {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final transient PlanPath path;
  private final String reason;

  /** A refusal of the value at {@code path} for {@code reason}: {@code path: reason}. */
  public EmissionException(PlanPath path, String reason) {
    this(Objects.requireNonNull(path, "path").toString(), path, reason);
  }

  /**
   * A refusal of a value named {@code where} (plain text, e.g. a notes.ini key) that may come from
   * the plan at {@code path} (or {@code null}): {@code where: reason}.
   */
  protected EmissionException(String where, PlanPath path, String reason) {
    super(Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(reason, "reason"));
    this.where = where;
    this.path = path;
    this.reason = reason;
  }

  /**
   * The plan path of the refused value; empty for a value that is not from a plan, or for an
   * exception that was serialized (a {@link PlanPath} is not).
   */
  public Optional<PlanPath> path() {
    return Optional.ofNullable(path);
  }

  /** What the message names before the reason: the plan path, or the value's name. */
  public String where() {
    return where;
  }

  /** Why the value was refused, one line. */
  public String reason() {
    return reason;
  }
}
