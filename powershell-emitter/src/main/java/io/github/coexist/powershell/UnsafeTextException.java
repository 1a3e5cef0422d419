package io.github.coexist.powershell;

/**
 * Text that cannot go into a script: it holds a control, line-separator or format character. The
 * message names the field, e.g. {@code receiveConnectors[0].banner: control character U+000A at
 * index 5 is not allowed in a PowerShell script}.
 */
public final class UnsafeTextException extends EmissionException {
  private static final long serialVersionUID = 1L;

  UnsafeTextException(String field, String problem) {
    super(field, problem + " is not allowed in a PowerShell script");
  }
}
