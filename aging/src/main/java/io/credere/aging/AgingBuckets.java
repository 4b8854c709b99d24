package io.credere.aging;

import io.credere.core.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of an aged receivables report: ranges of age in days, with both ends inclusive,
 * fixed by ascending boundaries.
 *
 * <p>With the boundaries {@code 30,60,90} (the {@linkplain #standard(AgingBasis) standard} ones):
 *
 * <ul>
 *   <li>basis {@link AgingBasis#DUE_DATE}: {@code current} (age &lt;= 0, not yet overdue),
 *       {@code 1-30}, {@code 31-60}, {@code 61-90}, {@code 91+};
 *   <li>basis {@link AgingBasis#DOCUMENT_DATE}: {@code 0-30} (age &lt;= 30, including documents
 *       dated after the as-of date), {@code 31-60}, {@code 61-90}, {@code 91+}.
 * </ul>
 *
 * <p>Other boundaries give columns named the same way ({@code 15,45}: {@code current,1-15,16-45,
 * 46+}). Every age falls in exactly one bucket. Immutable and thread-safe.
 */
public final class AgingBuckets {

  private static final int[] STANDARD = {30, 60, 90};

  private final AgingBasis basis;
  private final int[] boundaries;
  /** Inclusive upper age of every bucket but the last, which is open-ended. */
  private final int[] uppers;
  private final List<String> names;

  private AgingBuckets(AgingBasis basis, int[] boundaries) {
    this.basis = basis;
    this.boundaries = boundaries;
    if (basis == AgingBasis.DUE_DATE) {
      uppers = new int[boundaries.length + 1];
      System.arraycopy(boundaries, 0, uppers, 1, boundaries.length);
    } else {
      uppers = boundaries.clone();
    }
    List<String> built = new ArrayList<>(uppers.length + 1);
    long from = basis == AgingBasis.DUE_DATE ? Long.MIN_VALUE : 0;
    for (int upper : uppers) {
      built.add(from == Long.MIN_VALUE ? "current" : from + "-" + upper);
      from = upper + 1L;
    }
    built.add(from + "+");
    this.names = List.copyOf(built);
  }

  /** The boundaries {@code 30,60,90} on {@code basis}. */
  public static AgingBuckets standard(AgingBasis basis) {
    return new AgingBuckets(Checks.notNull(basis, "basis"), STANDARD.clone());
  }

  /**
   * Buckets with the given boundaries: each is the last day (inclusive) of a bucket.
   *
   * @param boundaries at least one, each at least 1 and larger than the one before
   * @throws IllegalArgumentException stating the rule when the boundaries are not so
   */
  public static AgingBuckets of(AgingBasis basis, int... boundaries) {
    Checks.notNull(basis, "basis");
    Checks.notNull(boundaries, "boundaries");
    Checks.argument(boundaries.length > 0, "Aging buckets need at least one boundary");
    for (int i = 0; i < boundaries.length; i++) {
      Checks.argument(boundaries[i] >= 1,
          "Aging bucket boundaries must be at least 1 day, but was " + boundaries[i]);
      if (i > 0 && boundaries[i] <= boundaries[i - 1]) {
        throw new IllegalArgumentException("Aging bucket boundaries must be ascending, but "
            + boundaries[i] + " follows " + boundaries[i - 1]);
      }
    }
    return new AgingBuckets(basis, boundaries.clone());
  }

  /** Like {@link #of(AgingBasis, int...)} from a list. */
  public static AgingBuckets of(AgingBasis basis, List<Integer> boundaries) {
    Checks.notNull(boundaries, "boundaries");
    return of(basis, boundaries.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The date the age counts from. */
  public AgingBasis basis() {
    return basis;
  }

  /** The boundaries, ascending. */
  public List<Integer> boundaries() {
    return Arrays.stream(boundaries).boxed().toList();
  }

  /** The column names, youngest first ({@code current,1-30,31-60,61-90,91+}). */
  public List<String> names() {
    return names;
  }

  /** How many buckets. */
  public int size() {
    return names.size();
  }

  /** The name of bucket {@code index}. */
  public String name(int index) {
    return names.get(index);
  }

  /** The bucket (0-based, youngest first) of an age in days; any age has one. */
  public int bucketOf(long ageDays) {
    for (int i = 0; i < uppers.length; i++) {
      if (ageDays <= uppers[i]) {
        return i;
      }
    }
    return uppers.length;
  }

  /**
   * The bucket of every age from 0 to {@link #largestBoundary()} + 1, for table lookups in hot
   * loops: an age below 0 has the bucket of 0, one above the largest boundary the last bucket.
   */
  int[] lookupTable() {
    int[] table = new int[largestBoundary() + 2];
    for (int age = 0; age < table.length; age++) {
      table[age] = bucketOf(age);
    }
    return table;
  }

  /** The inclusive upper age of every bucket but the last (a copy). */
  int[] uppers() {
    return uppers.clone();
  }

  /** The largest boundary. */
  int largestBoundary() {
    return boundaries[boundaries.length - 1];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgingBuckets
        && ((AgingBuckets) other).basis == basis
        && Arrays.equals(((AgingBuckets) other).boundaries, boundaries);
  }

  @Override
  public int hashCode() {
    return basis.hashCode() * 31 + Arrays.hashCode(boundaries);
  }

  /** Reads as {@code DUE_DATE[current, 1-30, 31-60, 61-90, 91+]}. */
  @Override
  public String toString() {
    return basis + names.toString();
  }
}
