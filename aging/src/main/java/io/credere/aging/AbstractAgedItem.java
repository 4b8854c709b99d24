package io.credere.aging;

import io.credere.core.explain.Explanation;
import io.credere.core.id.DocumentId;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Where one open item goes in an aged report, and why: its age in days, its column (a bucket, or
 * {@code unapplied_credits}), and an {@link io.credere.core.explain.Explanation} a controller
 * can read.
 *
 * <p>Made by {@link AgingReport#explain(io.credere.core.item.OpenItem, AgingPolicy)}. Immutable
 * and thread-safe.
 */
@Value.Immutable
abstract class AbstractAgedItem {

  /** The document. */
  public abstract DocumentId documentId();

  /** What is open on it (zero for a settled item, which is not aged). */
  public abstract Money openAmount();

  /** The as-of date minus the item's aging date. */
  public abstract long ageDays();

  /** The bucket (0-based, youngest first); empty for an unapplied credit or a settled item. */
  public abstract OptionalInt bucket();

  /** The report column: a bucket name, {@code unapplied_credits}, or empty text when settled. */
  public abstract String column();

  /** Why. */
  public abstract Explanation explanation();
}
