package io.github.coexist.powershell.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class PowerShellFixture {
  private PowerShellFixture() {}

  /** the PowerShell emitter calling the Domino one. */
  static Object domino() {
    return io.github.coexist.domino.archfixture.DominoFixture.class;
  }
}
