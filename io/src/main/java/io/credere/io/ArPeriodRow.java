package io.credere.io;

import java.time.YearMonth;
import org.joda.money.Money;

/**
 * One row of the contract's {@code ar-history} file: a month-end snapshot of receivables in one
 * currency.
 *
 * @param period the month
 * @param creditSales credit sales of the month
 * @param endingReceivables receivables open at month end
 * @param endingCurrentReceivables of which not yet due
 * @param line the row's line in its file
 */
public record ArPeriodRow(YearMonth period, Money creditSales, Money endingReceivables,
    Money endingCurrentReceivables, long line) {}
