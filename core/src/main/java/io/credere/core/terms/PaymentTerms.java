package io.credere.core.terms;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment terms agreed with a customer, in the text form ERPs export:
 *
 * <ul>
 *   <li>{@code NET30}: due 30 days after the document date;
 *   <li>{@code EOM30}: due 30 days after the end of the document's month;
 *   <li>{@code 2/10NET30} (or {@code 2/10EOM30}): as {@code NET30}, with 2 % early-payment
 *       discount when paid within 10 days of the document date.
 * </ul>
 *
 * <p>{@link #parse(String)} accepts any case and spaces ({@code 2/10 net 30}); {@link #toString()}
 * prints the canonical form, which {@code parse} reads back to an equal value. The due date is
 * never before the document date; the discount date never after the due date.
 *
 * <p>Immutable and thread-safe.
 */
public final class PaymentTerms {

  /** Due on the document date. */
  public static final PaymentTerms DUE_ON_RECEIPT = new PaymentTerms(false, 0, null, 0);
  /** Due 30 days after the document date, the most common commercial term. */
  public static final PaymentTerms NET_30 = new PaymentTerms(false, 30, null, 0);

  private static final Pattern FORM = Pattern.compile(
      "(?:(\\d{1,2}(?:\\.\\d{1,4})?)/(\\d{1,3}))?(NET|EOM)(\\d{1,3})");

  private final boolean endOfMonth;
  private final int netDays;
  private final BigDecimal discountPercent;
  private final int discountDays;

  private PaymentTerms(boolean endOfMonth, int netDays, BigDecimal discountPercent,
      int discountDays) {
    this.endOfMonth = endOfMonth;
    this.netDays = netDays;
    this.discountPercent = discountPercent;
    this.discountDays = discountDays;
  }

  /** Net terms: due {@code days} after the document date. */
  public static PaymentTerms net(int days) {
    return new PaymentTerms(false, checkDays(days, "days"), null, 0);
  }

  /** End-of-month terms: due {@code days} after the last day of the document's month. */
  public static PaymentTerms endOfMonth(int days) {
    return new PaymentTerms(true, checkDays(days, "days"), null, 0);
  }

  /**
   * These terms with an early-payment discount.
   *
   * @param percent the discount in percent of the document amount, above 0 and below 100
   * @param days days after the document date within which the discount applies; a net-terms
   *     discount period must not be longer than the net period
   */
  public PaymentTerms withDiscount(BigDecimal percent, int days) {
    Checks.notNull(percent, "percent");
    Checks.argument(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) < 0,
        "Discount percent must be above 0 and below 100, but was " + percent.toPlainString());
    checkDays(days, "discountDays");
    Checks.argument(endOfMonth || days <= netDays,
        "Discount period " + days + " days must not be longer than the net period " + netDays
            + " days");
    return new PaymentTerms(endOfMonth, netDays, percent.stripTrailingZeros(), days);
  }

  /**
   * Reads the text form ({@code NET30}, {@code EOM30}, {@code 2/10NET30}; any case, spaces
   * ignored).
   *
   * @throws ValidationException naming {@code payment_terms} and the text when it is not terms
   */
  public static PaymentTerms parse(String text) {
    Checks.notNull(text, "text");
    String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    Matcher matcher = FORM.matcher(compact);
    if (!matcher.matches()) {
      throw ValidationException.of("payment_terms", Optional.of(text),
          "is not payment terms (expected e.g. NET30, EOM30 or 2/10NET30)");
    }
    boolean eom = matcher.group(3).equals("EOM");
    int net = Integer.parseInt(matcher.group(4));
    PaymentTerms terms = eom ? endOfMonth(net) : net(net);
    if (matcher.group(1) == null) {
      return terms;
    }
    try {
      return terms.withDiscount(new BigDecimal(matcher.group(1)),
          Integer.parseInt(matcher.group(2)));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("payment_terms", Optional.of(text), e.getMessage());
    }
  }

  /** Whether the net period counts from the end of the document's month. */
  public boolean isEndOfMonth() {
    return endOfMonth;
  }

  /** The net period in days. */
  public int netDays() {
    return netDays;
  }

  /** The early-payment discount in percent, when the terms have one. */
  public Optional<BigDecimal> discountPercent() {
    return Optional.ofNullable(discountPercent);
  }

  /** The discount period in days after the document date, when the terms have a discount. */
  public OptionalInt discountDays() {
    return discountPercent == null ? OptionalInt.empty() : OptionalInt.of(discountDays);
  }

  /**
   * The due date of a document dated {@code documentDate}; never before it.
   *
   * @throws IllegalArgumentException when the due date would be after {@link LocalDate#MAX}
   *     (document dates in the last 1,030 days of {@code LocalDate}'s range; every date a file
   *     can hold, up to 2999-12-31, is far inside)
   */
  public LocalDate dueDate(LocalDate documentDate) {
    Checks.notNull(documentDate, "documentDate");
    LocalDate start = endOfMonth
        ? documentDate.with(TemporalAdjusters.lastDayOfMonth()) : documentDate;
    return plusDays(start, netDays, documentDate, "due date");
  }

  private LocalDate plusDays(LocalDate start, int days, LocalDate documentDate, String what) {
    if (start.toEpochDay() > LocalDate.MAX.toEpochDay() - days) {
      throw new IllegalArgumentException("The " + what + " of a document dated " + documentDate
          + " under " + this + " would be after " + LocalDate.MAX
          + ", the last date supported: document dates must leave room for the terms");
    }
    return start.plusDays(days);
  }

  /**
   * The due date moved to a business day of {@code calendar} by {@code convention}. With
   * {@link RollConvention#PRECEDING} or {@link RollConvention#MODIFIED_FOLLOWING} it is still
   * never before the document date.
   */
  public LocalDate dueDate(LocalDate documentDate, BusinessCalendar calendar,
      RollConvention convention) {
    Checks.notNull(calendar, "calendar");
    LocalDate rolled = calendar.roll(dueDate(documentDate), convention);
    return rolled.isBefore(documentDate) ? documentDate : rolled;
  }

  /**
   * The last day on which the discount applies, when the terms have one.
   *
   * @throws IllegalArgumentException when that day would be after {@link LocalDate#MAX}
   */
  public Optional<LocalDate> discountDate(LocalDate documentDate) {
    Checks.notNull(documentDate, "documentDate");
    return discountPercent == null ? Optional.empty()
        : Optional.of(plusDays(documentDate, discountDays, documentDate, "discount date"));
  }

  private static int checkDays(int days, String name) {
    Checks.argument(days >= 0 && days <= 999,
        "Argument '" + name + "' must be from 0 to 999 days, but was " + days);
    return days;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PaymentTerms)) {
      return false;
    }
    PaymentTerms that = (PaymentTerms) other;
    return endOfMonth == that.endOfMonth && netDays == that.netDays
        && discountDays == that.discountDays
        && Objects.equals(discountPercent, that.discountPercent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endOfMonth, netDays, discountPercent, discountDays);
  }

  /** The canonical text form, e.g. {@code 2/10NET30}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    String net = (endOfMonth ? "EOM" : "NET") + netDays;
    return discountPercent == null ? net
        : discountPercent.toPlainString() + "/" + discountDays + net;
  }
}
