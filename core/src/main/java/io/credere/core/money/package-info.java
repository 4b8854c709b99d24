/**
 * What Joda-Money lacks and Credere needs: exact splits ({@link io.credere.core.money.MoneySplit}),
 * sums that refuse mixed currencies and minor-unit conversions ({@link io.credere.core.money.Monies}),
 * per-currency totals ({@link io.credere.core.money.MultiCurrencyAmount}).
 *
 * <p>Public boundaries use {@link org.joda.money.Money} and {@link org.joda.money.CurrencyUnit};
 * hot loops use {@code long} minor units. Nothing rounds silently.
 */
package io.credere.core.money;
