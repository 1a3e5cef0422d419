package io.github.coexist.runbook.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class RunbookFixture {
  private RunbookFixture() {}

  /** runbook parsing JSON. */
  static Object json() {
    return new com.fasterxml.jackson.databind.ObjectMapper();
  }
}
