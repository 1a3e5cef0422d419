package io.github.coexist.powershell;

/**
 * Text that cannot go into a script: it holds a character of {@code UnsafeText.invisible()} (a
 * control, line separator, format character, lone surrogate, space other than U+0020 or blank
 * lookalike), the characters validation refuses in every name and value. The message names the
 * field, e.g. {@code receiveConnectors[0].banner: control character U+000A at index 5 is not
 * allowed in a PowerShell script}.
 */
public final class UnsafeTextException extends EmissionException {
  private static final long serialVersionUID = 1L;

  UnsafeTextException(String field, String problem) {
    super(field, problem + " is not allowed in a PowerShell script");
  }
}
