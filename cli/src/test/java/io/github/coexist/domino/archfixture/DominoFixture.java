package io.github.coexist.domino.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class DominoFixture {
  private DominoFixture() {}

  /** the Domino emitter calling license. */
  static Object license() {
    return io.github.coexist.license.archfixture.LicenseFixture.class;
  }
}
