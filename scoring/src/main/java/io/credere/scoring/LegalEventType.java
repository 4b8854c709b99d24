package io.credere.scoring;

/** Legal events a credit report can carry. */
public enum LegalEventType {
  /** A filing for insolvency (by the company or a creditor). */
  INSOLVENCY_FILING,
  /** Insolvency proceedings opened or the company in liquidation. */
  INSOLVENCY_PROCEEDINGS,
  /** A court judgment for a debt. */
  COURT_JUDGMENT,
  /** Enforcement of a debt (bailiff, seizure, sworn statement of assets). */
  DEBT_ENFORCEMENT,
  /** Any other negative legal event the agency reports. */
  OTHER;

  /** Whether the event is an insolvency (filing or proceedings). */
  public boolean isInsolvency() {
    return this == INSOLVENCY_FILING || this == INSOLVENCY_PROCEEDINGS;
  }
}
