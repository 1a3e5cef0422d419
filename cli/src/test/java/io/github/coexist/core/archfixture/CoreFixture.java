package io.github.coexist.core.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class CoreFixture {
  private CoreFixture() {}

  /** core calling cli: breaks "core knows no other module" and, with CliFixture, makes a cycle. */
  static Object cli() {
    return io.github.coexist.cli.archfixture.CliFixture.class;
  }

  /** core reading a type's methods: breaks "no main code reflects on the model". */
  static java.lang.reflect.Method[] byReflection() {
    return CoreFixture.class.getDeclaredMethods();
  }
}
