package io.github.coexist.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = CoexistCli.class.getPackage().getImplementationVersion();
    return new String[] {"coexist " + (version == null ? "development" : version)};
  }
}
