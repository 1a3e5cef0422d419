package io.github.coexist.cli;

/**
 * The plan was read but validation found errors, which have been printed: the command stops without
 * writing anything and exits with {@link ExitCode#FINDINGS}.
 */
public final class FindingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A one-line summary, e.g. {@code plan.yaml: 2 errors; nothing written}. */
  public FindingsException(String message) {
    super(message);
  }
}
