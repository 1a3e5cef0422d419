package io.github.coexist.domino;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.validation.PlanPath;

/**
 * A plan value that cannot go into a Domino Directory document: a line break, NUL, another control
 * character or an invisible format character (such as a right-to-left mark). The validation rules
 * refuse these first (COEX-DOM-011, COEX-DDIR-*); this guards plans validated with those rules
 * switched off.
 */
public final class UnsafeDirectoryValueException extends EmissionException {
  private static final long serialVersionUID = 1L;

  UnsafeDirectoryValueException(String path, String reason) {
    super(PlanPath.parse(path), reason);
  }
}
