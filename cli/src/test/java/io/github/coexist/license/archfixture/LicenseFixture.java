package io.github.coexist.license.archfixture;

/** An architecture-test fixture in the wrong layer on purpose (see ArchitectureRulesFailTest). */
public final class LicenseFixture {
  private LicenseFixture() {}

  /** license calling an emitter and reading a file of its own accord. */
  static Object[] others() throws java.io.IOException {
    return new Object[] {
      io.github.coexist.powershell.archfixture.PowerShellFixture.class,
      java.nio.file.Files.readString(java.nio.file.Path.of("license.txt"))
    };
  }
}
