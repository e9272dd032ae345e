package dev.sasil.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or {@code dev} when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

  static String version() {
    String v = SasilCommand.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"sasil " + version()};
  }
}
