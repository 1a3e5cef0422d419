package io.github.coexist.planio;

import io.github.coexist.core.CoexistException;
import java.util.Objects;

/**
 * A plan file that cannot be read as a plan: malformed YAML or JSON, an unknown key, a value of the
 * wrong type, a value its type refuses, or an object the model refuses. The message is one line,
 * {@code file:line:column: what was expected}, for example:
 *
 * <pre>{@code
 * plan.yaml:14:5: outboundConnectors[0]: unknown key "useMxRecrod" (did you mean "useMxRecord"?)
 * }</pre>
 *
 * <p>A file that cannot be read at all (missing, a directory, no permission) is one too, with the
 * file's name and no position: {@code plan.yaml: no such file}; its {@link #location()} is then the
 * file's start.
 */
public final class PlanFileException extends CoexistException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String problem;

  /** A problem at {@code location}; {@code problem} is one line without the location. */
  public PlanFileException(SourceLocation location, String problem) {
    super(
        Objects.requireNonNull(location, "location")
            + ": "
            + Messages.oneLine(Objects.requireNonNull(problem, "problem")));
    this.location = location;
    this.problem = Messages.oneLine(problem);
  }

  /** Keeps the cause (a parser or model exception) for debugging. */
  public PlanFileException(SourceLocation location, String problem, Throwable cause) {
    super(
        Objects.requireNonNull(location, "location")
            + ": "
            + Messages.oneLine(Objects.requireNonNull(problem, "problem")),
        Objects.requireNonNull(cause, "cause"));
    this.location = location;
    this.problem = Messages.oneLine(problem);
  }

  /** A problem with the file as a whole, e.g. {@code plan.yaml: no such file}. */
  static PlanFileException ofFile(String source, String problem, Throwable cause) {
    return new PlanFileException(source, problem, cause);
  }

  private PlanFileException(String source, String problem, Throwable cause) {
    super(source + ": " + Messages.oneLine(problem), cause);
    this.location = SourceLocation.of(source, 1, 1);
    this.problem = Messages.oneLine(problem);
  }

  /** Where the problem is. */
  public SourceLocation location() {
    return location;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
