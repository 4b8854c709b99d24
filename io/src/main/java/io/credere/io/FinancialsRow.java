package io.credere.io;

import io.credere.core.id.CustomerId;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One row of the contract's {@code financials} file: a customer's financial statement figures,
 * all in {@code currency}.
 *
 * @param customerId the customer
 * @param totalAssets total assets
 * @param totalLiabilities total liabilities
 * @param currentAssets current assets
 * @param currentLiabilities current liabilities
 * @param retainedEarnings retained earnings
 * @param ebit earnings before interest and taxes
 * @param sales net sales
 * @param bookEquity book value of equity
 * @param marketEquity market value of equity (listed companies only)
 */
public record FinancialsRow(CustomerId customerId, Money totalAssets, Money totalLiabilities,
    Money currentAssets, Money currentLiabilities, Money retainedEarnings, Money ebit,
    Money sales, Money bookEquity, Optional<Money> marketEquity) {}
