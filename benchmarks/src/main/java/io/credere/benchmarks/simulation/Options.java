package io.credere.benchmarks.simulation;

import java.time.Duration;

/**
 * How a simulation runs.
 *
 * @param customers the size of the customer base
 * @param fullCheckEvery the whole ledger is checked every this many operations (and at the end)
 * @param shrinkBudget how long a failing run may spend minimising its operation sequence
 * @param reverseConsumedCash whether a payment whose on-account cash was since offset or refunded
 *     may still be reversed through {@code CashApplication.reverse} (off: such reversals are
 *     refused by the simulation, see benchmarks/README.md)
 * @param fault a bug planted on purpose, to prove the checker catches it
 */
public record Options(int customers, int fullCheckEvery, Duration shrinkBudget,
    boolean reverseConsumedCash, Fault fault) {

  /** Bugs that can be planted in the simulated company's handling of the library's results. */
  public enum Fault {
    /** None: the simulation as it should be. */
    NONE,
    /** After a cash application, one document loses one minor unit of its open amount. */
    DROP_A_MINOR_UNIT_IN_CASH_APPLICATION,
    /** A bad-debt write-off reaches the ledger but the host forgets to put it in the index. */
    FORGET_TO_INDEX_A_WRITE_OFF
  }

  /** 40 customers, the whole ledger every 1,000 operations, two minutes to shrink, no fault. */
  public static Options defaults() {
    return new Options(40, 1000, Duration.ofMinutes(2), false, Fault.NONE);
  }

  /** These options with another fault. */
  public Options withFault(Fault planted) {
    return new Options(customers, fullCheckEvery, shrinkBudget, reverseConsumedCash, planted);
  }

  /** These options with another shrink budget. */
  public Options withShrinkBudget(Duration budget) {
    return new Options(customers, fullCheckEvery, budget, reverseConsumedCash, fault);
  }

  /** These options with reversals of consumed on-account cash allowed or refused. */
  public Options withReverseConsumedCash(boolean allowed) {
    return new Options(customers, fullCheckEvery, shrinkBudget, allowed, fault);
  }
}
