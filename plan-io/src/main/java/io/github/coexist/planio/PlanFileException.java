package io.github.coexist.planio;

import java.util.Objects;

/**
 * A plan file that cannot be read as a plan: malformed YAML or JSON, an unknown key, a value of the
 * wrong type, a value its type refuses, or an object the model refuses. The message is one line,
 * {@code file:line:column: what was expected}, for example:
 *
 * <pre>{@code
 * plan.yaml:14:5: outboundConnectors[0]: unknown key "useMxRecrod" (did you mean "useMxRecord"?)
 * }</pre>
 */
public final class PlanFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String problem;

  /** A problem at {@code location}; {@code problem} is one line without the location. */
  public PlanFileException(SourceLocation location, String problem) {
    this(location, problem, null);
  }

  /** Keeps the cause (a parser or model exception) for debugging. */
  public PlanFileException(SourceLocation location, String problem, Throwable cause) {
    super(location + ": " + Messages.oneLine(problem), cause);
    this.location = Objects.requireNonNull(location, "location");
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
