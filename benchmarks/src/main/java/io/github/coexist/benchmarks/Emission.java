package io.github.coexist.benchmarks;

import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellRenderer;
import org.openjdk.jmh.infra.Blackhole;

/** The artifacts of a validated plan as {@code coexist emit} writes them: the script's text. */
final class Emission {
  /** What is emitted, for the table. */
  static final String WHAT = "emit PowerShell (rendered script)";

  private final PowerShellEmitter powerShell = new PowerShellEmitter();

  void emit(ValidatedPlan valid, Blackhole sink) {
    sink.consume(PowerShellRenderer.render(powerShell.emit(valid)));
  }
}
