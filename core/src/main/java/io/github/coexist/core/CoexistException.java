package io.github.coexist.core;

import java.util.Objects;

/**
 * The one unchecked exception family of coexist's API, for a consumer to catch: a plan file that
 * cannot be read ({@code PlanFileException}), a plan with validation errors handed to an emitter
 * ({@code InvalidPlanException}), a key file that cannot be read ({@code KeyFormatException}), a
 * rule that breaks its contract ({@code RuleContractException}). Each message is one line naming
 * the file and position, or the parameter, at fault.
 *
 * <pre>{@code
 * try {
 *   CoexistencePlan plan = PlanReader.standard().read(Path.of("plan.yaml"));
 * } catch (CoexistException e) {
 *   System.err.println(e.getMessage()); // plan.yaml:14:5: outboundConnectors[0]: unknown key ...
 * }
 * }</pre>
 *
 * <p>A {@code null} argument is a programming error, not a member of this family: every public
 * method throws {@link NullPointerException} naming the parameter before doing any work.
 */
public class CoexistException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An exception with a one-line message. */
  public CoexistException(String message) {
    super(Objects.requireNonNull(message, "message"));
  }

  /** An exception with a one-line message and the exception that caused it. */
  public CoexistException(String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
  }
}
