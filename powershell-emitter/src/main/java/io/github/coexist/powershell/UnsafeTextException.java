package io.github.coexist.powershell;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.PlanPathException;

/**
 * Text that cannot go into a script: it holds a character of {@code UnsafeText.invisible()} (a
 * control, line separator, format character, lone surrogate, space other than U+0020 or blank
 * lookalike), the characters validation refuses in every name and value. The message names the
 * field, e.g. {@code receiveConnectors[0].banner: control character U+000A at index 5 is not
 * allowed in a PowerShell script}; {@link #path()} is the field's plan path when the field is one.
 */
public final class UnsafeTextException extends EmissionException {
  private static final long serialVersionUID = 1L;

  UnsafeTextException(String field, String problem) {
    super(field, planPath(field), problem + " is not allowed in a PowerShell script");
  }

  /** The field's plan path, or null for a field named otherwise ({@code PsText.quote}'s value). */
  private static PlanPath planPath(String field) {
    try {
      return PlanPath.parse(field);
    } catch (PlanPathException e) {
      return null;
    }
  }
}
