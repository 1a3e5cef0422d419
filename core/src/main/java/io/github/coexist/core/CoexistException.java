package io.github.coexist.core;

import java.util.Objects;

/**
 * The one unchecked exception family of coexist's API, for a consumer to catch. Each message is one
 * line naming the file and position, or the parameter or plan path, at fault. The family, by module
 * (each listed class extends this one, directly or as noted):
 *
 * <ul>
 *   <li>core: {@code InvalidValueException} (a value's text is not well formed, e.g. an SMTP
 *       domain), {@code InvalidPlanException} (a plan with validation errors handed on as valid),
 *       {@code RuleContractException} (a rule broke its contract while reporting), {@code
 *       PlanPathException} (a plan path the plan cannot have);
 *   <li>plan-io: {@code PlanFileException} (a plan file that cannot be read as a plan, with {@code
 *       file:line:column});
 *   <li>live-state: {@code SnapshotFormatException} (a snapshot, {@code Export-Clixml} capture or
 *       {@code ConvertTo-Json} output that cannot be read);
 *   <li>powershell-emitter: {@code EmissionException} (a valid plan that cannot be written as a
 *       script) and its subclass {@code UnsafeTextException} (text a script cannot hold);
 *   <li>notesini-emitter: {@code UnsafeSettingException} (a setting that cannot be written safely),
 *       {@code UnmergeableFileException} (a notes.ini the merge refuses to change);
 *   <li>domino-emitter: {@code UnsafeDirectoryValueException} (a value a Domino Directory document
 *       cannot hold);
 *   <li>license: {@code KeyFormatException} (a key file that cannot be read).
 * </ul>
 *
 * <pre>{@code
 * try {
 *   CoexistencePlan plan = PlanReader.standard().read(Path.of("plan.yaml"));
 * } catch (CoexistException e) {
 *   System.err.println(e.getMessage()); // plan.yaml:14:5: outboundConnectors[0]: unknown key ...
 * }
 * }</pre>
 *
 * <p>Why {@link IllegalArgumentException}: every member reports an input the caller handed in that
 * coexist cannot accept (a file's text, a value, a plan, a key, a rule of the caller's own), which
 * is what that JDK type means; code that already guards a parse with {@code catch
 * (IllegalArgumentException e)} keeps working, and, unchecked, it does not force a {@code throws}
 * clause on every method between a consumer's entry point and the call that reads the input.
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
