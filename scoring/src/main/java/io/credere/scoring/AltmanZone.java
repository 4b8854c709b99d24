package io.credere.scoring;

/** Where an Altman Z score falls against its model's two cut-offs. */
public enum AltmanZone {
  /** Above the upper cut-off: failure unlikely. */
  SAFE,
  /** Between the cut-offs (both included): uncertain. */
  GREY,
  /** Below the lower cut-off: failure likely. */
  DISTRESS
}
