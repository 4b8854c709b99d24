package io.credere.cli.casework;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --contacts FILE --payments FILE} on {@code worklist} and {@code dunning}: the contact
 * log and the cash received, given together (one without the other is wrong usage).
 */
public final class ContactsOptions {

  @Option(names = "--contacts", required = true, paramLabel = "FILE",
      description = "The contact log: promises to pay, calls, emails (needs --payments).")
  Path contacts;

  @Option(names = "--payments", required = true, paramLabel = "FILE",
      description = "Incoming payments, to see which promises were kept (needs --contacts).")
  Path payments;

  /** The contact log file. */
  public Path contacts() {
    return contacts;
  }

  /** The payments file. */
  public Path payments() {
    return payments;
  }
}
