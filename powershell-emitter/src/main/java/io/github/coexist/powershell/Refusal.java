package io.github.coexist.powershell;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.validation.PlanPath;

/** The {@link EmissionException} for a field this module names by its plan path's text. */
final class Refusal {
  private Refusal() {}

  /** A refusal of the value at {@code path} (a plan path's text, e.g. {@code tenant}). */
  static EmissionException at(String path, String reason) {
    return new EmissionException(PlanPath.parse(path), reason);
  }
}
