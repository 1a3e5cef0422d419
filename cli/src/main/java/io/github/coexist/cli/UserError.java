package io.github.coexist.cli;

/**
 * A failure the user can fix (a missing file, a malformed plan, a refused value): printed as one
 * line on stderr, exit code {@link ExitCode#USAGE}, never a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A message naming the option, file or file:line:column at fault. */
  public UserError(String message) {
    super(message);
  }

  /** Keeps the cause for {@code --debug}. */
  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
