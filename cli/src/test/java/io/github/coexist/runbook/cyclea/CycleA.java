package io.github.coexist.runbook.cyclea;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class CycleA {
  private CycleA() {}

  /** one package of runbook calling another that calls it back. */
  static Object b() {
    return io.github.coexist.runbook.cycleb.CycleB.class;
  }
}
