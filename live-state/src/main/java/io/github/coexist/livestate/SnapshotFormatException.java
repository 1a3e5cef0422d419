package io.github.coexist.livestate;

import io.github.coexist.core.CoexistException;
import java.util.Objects;

/**
 * Input that is not what its reader expects: a snapshot JSON, an {@code Export-Clixml} capture or
 * {@code ConvertTo-Json} output that is malformed, or holds a value the model refuses. The message
 * is one line for people: {@code snapshot.json:12:7: SendConnector "To Domino".SmartHosts[0]: ...}.
 */
public final class SnapshotFormatException extends CoexistException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String problem;

  /**
   * @param location where: {@code file:line:column}, or {@code file: object 3} where no line is
   *     known
   * @param problem what was expected and what was found
   */
  public SnapshotFormatException(String location, String problem) {
    super(
        Objects.requireNonNull(location, "location")
            + ": "
            + Objects.requireNonNull(problem, "problem"));
    this.location = location;
    this.problem = problem;
  }

  /** As {@link #SnapshotFormatException(String, String)}, keeping the cause for debugging. */
  public SnapshotFormatException(String location, String problem, Throwable cause) {
    super(
        Objects.requireNonNull(location, "location")
            + ": "
            + Objects.requireNonNull(problem, "problem"),
        Objects.requireNonNull(cause, "cause"));
    this.location = location;
    this.problem = problem;
  }

  /** Where the problem is: {@code file:line:column} or {@code file: object N}. */
  public String location() {
    return location;
  }

  /** What was expected and what was found, without the location. */
  public String problem() {
    return problem;
  }
}
