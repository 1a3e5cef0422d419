package io.github.coexist.benchmarks;

import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.powershell.PowerShellEmitter;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Both artifacts of a validated plan as {@code coexist emit} writes them: the PowerShell script's
 * text and the Notes.ini fragment's bytes.
 */
final class Emission {
  /** What is emitted, for the table. */
  static final String WHAT = "emit PowerShell and Notes.ini";

  private final PowerShellEmitter powerShell = PowerShellEmitter.standard();
  private final NotesIniEmitter notesIni = NotesIniEmitter.standard();

  void emit(ValidatedPlan valid, Blackhole sink) {
    sink.consume(powerShell.emit(valid).text());
    sink.consume(notesIni.emit(valid).bytes());
  }
}
