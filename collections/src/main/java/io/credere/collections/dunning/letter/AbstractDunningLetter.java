package io.credere.collections.dunning.letter;

import io.credere.collections.dunning.DunningChannel;
import io.credere.core.id.CustomerId;
import org.immutables.value.Value;

/**
 * A rendered dunning letter or email: for whom, in which language and channel, its text, and a
 * file name for it ({@code C-1001-EUR-level-2-LETTER-en.txt}). Use the generated
 * {@code DunningLetter}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningLetter {

  /** The customer. */
  public abstract CustomerId customerId();

  /** The channel (EMAIL, LETTER or FINAL_NOTICE). */
  public abstract DunningChannel channel();

  /** The dunning level. */
  public abstract int level();

  /** The language. */
  public abstract LetterLanguage language();

  /** The text, {@code \n} line ends. */
  public abstract String text();

  /** A file name for the text: customer, currency, level, channel, language. */
  public abstract String fileName();
}
