package io.github.coexist.livestate.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class LiveStateFixture {
  private LiveStateFixture() {}

  /** live-state calling an emitter. */
  static Object powershell() {
    return io.github.coexist.powershell.archfixture.PowerShellFixture.class;
  }
}
