package io.credere.cli.collections;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test resource files as paths. */
final class Resources {

  private Resources() {}

  static Path path(String name) {
    try {
      return Path.of(Resources.class.getResource("/collections/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String rates(String name) {
    return path("rates/" + name).toString();
  }
}
