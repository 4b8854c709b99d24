package io.credere.benchmarks.simulation;

/** What happened in a run, for the summary (counts, not checks). */
final class Stats {
  long invoices;
  long creditNotes;
  long payments;
  long cashRuns;
  long allocated;
  long onAccount;
  long suspense;
  long suspenseCleared;
  long suspenseLeft;
  long discounts;
  long smallWriteOffs;
  long wrongMatches;
  long reversals;
  long reversalsRefused;
  long disputes;
  long disputesClosed;
  long promises;
  long promisesKept;
  long promisesBroken;
  long plans;
  long plansCompleted;
  long plansDefaulted;
  long plansGivenUp;
  long dunningRuns;
  long reminders;
  long badDebts;
  long offsets;
  long refunds;
  long archived;
  long cases;
  long caseSteps;
  long caseStepsRefused;
  long handOvers;
  long casesPaid;
  long casesWrittenOff;

  @Override
  public String toString() {
    return "invoices " + invoices + ", credit notes " + creditNotes + ", payments " + payments
        + " in " + cashRuns + " cash applications (" + allocated + " lines allocated, "
        + onAccount + " on account, " + suspense + " to suspense, " + suspenseCleared
        + " cleared from suspense, " + suspenseLeft + " left there (not clearable), "
        + discounts + " discounts, " + smallWriteOffs
        + " small write-offs, " + wrongMatches + " lines on another customer's document after"
        + " noisy remittance)\nreversals " + reversals + " (" + reversalsRefused
        + " refused: on-account cash already used), disputes " + disputes + " (" + disputesClosed
        + " closed), promises " + promises + " (" + promisesKept + " kept, " + promisesBroken
        + " broken), plans " + plans + " (" + plansCompleted + " completed, " + plansDefaulted
        + " defaulted, " + plansGivenUp + " given up still active), dunning runs "
        + dunningRuns + " (" + reminders + " reminders), bad debts written off " + badDebts
        + ", offsets " + offsets + ", refunds " + refunds
        + ", settled items archived " + archived + "\ncollection cases " + cases + " ("
        + caseSteps + " steps, " + handOvers + " handed over, " + caseStepsRefused
        + " early steps refused, " + casesPaid + " closed paid, " + casesWrittenOff
        + " closed written off)";
  }
}
