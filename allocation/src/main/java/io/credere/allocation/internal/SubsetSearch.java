package io.credere.allocation.internal;

/**
 * Bounded search for the sets of positive amounts (minor units) that sum exactly to a target:
 * depth first over amounts sorted largest first, pruned by suffix sums, stopping at the second
 * solution or when the step budget runs out. Only a proven single solution is a match.
 */
public final class SubsetSearch {

  /** How a search ended. */
  public enum Outcome {
    /** Exactly one set sums to the target. */
    UNIQUE,
    /** No set does. */
    NONE,
    /** Two or more sets do. */
    AMBIGUOUS,
    /** The budget ran out before uniqueness was proven. */
    BUDGET_EXHAUSTED
  }

  /** The outcome and, when {@code UNIQUE}, the positions (into the input) of the set. */
  public record Result(Outcome outcome, int[] positions) {}

  private final long[] values;
  private final int[] order;
  private final long[] suffix;
  private final long budget;
  private long steps;
  private int solutions;
  private boolean[] chosen;
  private boolean[] found;

  private SubsetSearch(long[] amounts, long budget) {
    int n = amounts.length;
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    java.util.Arrays.sort(boxed, (x, y) -> amounts[x] != amounts[y]
        ? Long.compare(amounts[y], amounts[x]) : Integer.compare(x, y));
    this.order = new int[n];
    this.values = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
      values[i] = amounts[boxed[i]];
    }
    this.suffix = new long[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + values[i];
    }
    this.budget = budget;
    this.chosen = new boolean[n];
  }

  /** Searches {@code amounts} (each positive) for sets summing to {@code target}. */
  public static Result search(long[] amounts, long target, long budget) {
    SubsetSearch search = new SubsetSearch(amounts, budget);
    boolean complete = search.dfs(0, target);
    if (search.solutions >= 2) {
      return new Result(Outcome.AMBIGUOUS, new int[0]);
    }
    if (!complete) {
      return new Result(Outcome.BUDGET_EXHAUSTED, new int[0]);
    }
    if (search.solutions == 0) {
      return new Result(Outcome.NONE, new int[0]);
    }
    int count = 0;
    for (boolean b : search.found) {
      count += b ? 1 : 0;
    }
    int[] positions = new int[count];
    int k = 0;
    for (int i = 0; i < search.found.length; i++) {
      if (search.found[i]) {
        positions[k++] = search.order[i];
      }
    }
    java.util.Arrays.sort(positions);
    return new Result(Outcome.UNIQUE, positions);
  }

  /** Returns false when stopped early (budget, or a second solution). */
  private boolean dfs(int i, long remaining) {
    if (remaining == 0) {
      solutions++;
      found = chosen.clone();
      return solutions < 2;
    }
    if (i == values.length || suffix[i] < remaining) {
      return true;
    }
    if (++steps > budget) {
      return false;
    }
    if (values[i] <= remaining) {
      chosen[i] = true;
      boolean go = dfs(i + 1, remaining - values[i]);
      chosen[i] = false;
      if (!go) {
        return false;
      }
    }
    return dfs(i + 1, remaining);
  }
}
