package io.credere.statements;

import java.util.Locale;
import java.util.Optional;

/** Who bears a transaction's charges (ISO 20022 {@code ChargeBearerType1Code}). */
public enum ChargeBearer {
  /** The debtor (the payer) bears all charges ({@code DEBT}, SWIFT {@code OUR}). */
  DEBTOR,
  /** The creditor (the payee) bears all charges ({@code CRED}, SWIFT {@code BEN}). */
  CREDITOR,
  /** Each party bears its own bank's charges ({@code SHAR}, SWIFT {@code SHA}). */
  SHARED,
  /** As the payment scheme's service level says ({@code SLEV}). */
  SERVICE_LEVEL;

  /** The bearer for an ISO code ({@code DEBT}, {@code CRED}, {@code SHAR}, {@code SLEV}) or a SWIFT one ({@code OUR}, {@code BEN}, {@code SHA}). */
  public static Optional<ChargeBearer> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    switch (code.strip().toUpperCase(Locale.ROOT)) {
      case "DEBT":
      case "OUR":
        return Optional.of(DEBTOR);
      case "CRED":
      case "BEN":
        return Optional.of(CREDITOR);
      case "SHAR":
      case "SHA":
        return Optional.of(SHARED);
      case "SLEV":
        return Optional.of(SERVICE_LEVEL);
      default:
        return Optional.empty();
    }
  }
}
