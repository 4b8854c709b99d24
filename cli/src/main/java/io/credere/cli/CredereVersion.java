package io.credere.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code credere --version} prints: the version of the POM the tool was built from, read
 * from {@code io/credere/cli/version.properties}, which the build fills in (resource filtering).
 * The POM is the one place the version is written.
 */
public final class CredereVersion implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /** The version the tool was built as, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    try (InputStream in = CredereVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("io/credere/cli/" + RESOURCE + " is missing from the "
            + "build");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      if (version.isEmpty() || version.contains("${")) {
        throw new IllegalStateException("io/credere/cli/" + RESOURCE + " was not filled in by "
            + "the build: version=" + version);
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code credere <version>}. */
  @Override
  public String[] getVersion() {
    return new String[] {"credere " + version()};
  }
}
