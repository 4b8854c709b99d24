package io.credere.cli.demo;

import io.credere.core.error.CredereException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample files shipped inside the jar (copied from {@code examples/data} at build time),
 * extracted to a folder so the demo reads them exactly as a user's files are read.
 */
public final class SampleData {

  /** The files, as named in {@code examples/data}. */
  public static final List<String> FILES = List.of("customers.csv", "ledger.csv", "payments.csv",
      "history.csv", "financials.csv", "ar-history.csv", "bank-statement.camt053.xml",
      "contacts.csv");

  private static final String ROOT = "/io/credere/cli/demo/data/";

  private SampleData() {}

  /** Copies every sample file into {@code folder}; returns the folder. */
  public static Path extractTo(Path folder) {
    try {
      Files.createDirectories(folder);
      for (String name : FILES) {
        try (InputStream in = SampleData.class.getResourceAsStream(ROOT + name)) {
          if (in == null) {
            throw new CredereException("sample file " + name + " is missing from the jar; "
                + "rebuild with mvn -B -DskipTests package");
          }
          Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return folder;
    } catch (IOException e) {
      throw new CredereException("cannot write the sample files to " + folder + ": "
          + e.getMessage(), e);
    }
  }
}
