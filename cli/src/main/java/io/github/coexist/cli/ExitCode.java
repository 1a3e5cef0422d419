package io.github.coexist.cli;

/** The exit codes of every {@code coexist} command. */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;

  /**
   * The input was read but has errors (validation findings, an invalid license); nothing written.
   */
  public static final int FINDINGS = 1;

  /** Bad usage, an unreadable or malformed file, or a value the model refuses. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
