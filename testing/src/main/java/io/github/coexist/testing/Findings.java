package io.github.coexist.testing;

import io.github.coexist.core.validation.Diagnostic;
import java.util.List;

/** How findings read in a failure message: one per line, as {@code coexist validate} prints. */
final class Findings {
  private Findings() {}

  /** {@code ERROR COEX-RECV-002 receiveConnectors[0]: message}, one per line, or "(none)". */
  static String list(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "  (none)";
    }
    StringBuilder text = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append("  ").append(d.severity()).append(' ').append(d.ruleId());
      text.append(' ').append(d.path().isEmpty() ? "(plan)" : d.path());
      text.append(": ").append(d.message());
    }
    return text.toString();
  }

  /** {@code 1 error} / {@code 2 errors}. */
  static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
