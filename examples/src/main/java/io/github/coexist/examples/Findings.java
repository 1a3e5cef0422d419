package io.github.coexist.examples;

import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.ValidationReport;

/** How the examples print a validation report. */
final class Findings {
  private Findings() {}

  /** One finding per line with its fix, then whether the plan can be emitted. */
  static String print(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : report.diagnostics()) {
      out.append(d).append("\n    fix: ").append(d.hint()).append('\n');
    }
    out.append(report.hasErrors() ? "not valid: fix the errors first\n" : "valid: ready to emit\n");
    return out.toString();
  }
}
