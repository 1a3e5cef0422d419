package io.github.coexist.runbook.cycleb;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class CycleB {
  private CycleB() {}

  static Object a() {
    return io.github.coexist.runbook.cyclea.CycleA.class;
  }
}
