package io.github.coexist.cli.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class CliFixture {
  private CliFixture() {}

  static Object core() {
    return io.github.coexist.core.archfixture.CoreFixture.class;
  }
}
