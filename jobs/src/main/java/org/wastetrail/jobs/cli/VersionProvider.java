package org.wastetrail.jobs.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"wastetrail " + codeVersion()};
  }

  static String codeVersion() {
    String v = WastetrailCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
