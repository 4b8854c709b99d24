package io.credere.collections.dunning.letter;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The creditor writing the letter: name, postal address lines, and how to reach the accounts
 * receivable team. Use the generated {@code Letterhead.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractLetterhead {

  /** The company's name. */
  public abstract String companyName();

  /** Address lines, in order. */
  public abstract List<String> addressLines();

  /** Contact (email or phone) for questions, when given. */
  public abstract Optional<String> contact();

  /** Bank details for payment (e.g. an IBAN), when given. */
  public abstract Optional<String> bankDetails();
}
