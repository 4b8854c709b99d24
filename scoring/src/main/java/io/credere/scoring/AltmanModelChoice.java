package io.credere.scoring;

/**
 * Chooses which Altman model applies to a statement. Implementations must be immutable and
 * thread-safe. Built-ins: {@link #standard()} (the contract's choice) and
 * {@link #always(AltmanModel)}.
 */
@FunctionalInterface
public interface AltmanModelChoice {

  /** The model for {@code statement}. */
  AltmanModel choose(FinancialStatement statement);

  /**
   * The file contract's choice: the original 1968 {@link AltmanModel#Z} when market equity is
   * known (a listed company), otherwise {@link AltmanModel#Z_DOUBLE_PRIME}.
   */
  static AltmanModelChoice standard() {
    return statement -> statement.marketEquity().isPresent()
        ? AltmanModel.Z : AltmanModel.Z_DOUBLE_PRIME;
  }

  /** Always {@code model} (e.g. {@link AltmanModel#Z_PRIME} for a book of private firms). */
  static AltmanModelChoice always(AltmanModel model) {
    java.util.Objects.requireNonNull(model, "Argument 'model' must not be null");
    return statement -> model;
  }
}
