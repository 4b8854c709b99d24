package io.credere.io;

import io.credere.core.id.CustomerId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values many items of one file have in common, made once each: the same
 * {@link CustomerId} for every row of a customer, the same {@link LocalDate} for every row of a
 * day. A 1M-row ledger of 150k customers over a few years holds 150k ids and about a thousand
 * dates instead of 1M and 3M objects; and one zero amount a currency for the settled rows' open
 * amounts (three objects a row less for each). Used on one thread; when several threads read parts of one
 * file, each has its own, over one {@link Common} that makes the values the threads share the
 * same instances too.
 */
final class SharedValues {

  private static final int DATES = 1 << 12;

  /** The values of one file shared by the threads that read its parts (thread-safe). */
  static final class Common {
    private final ConcurrentHashMap<String, CustomerId> customers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, LocalDate> dates = new ConcurrentHashMap<>();
  }

  /** Null when this is the file's only one. */
  private final Common common;
  private final ByteKeys customerKeys = new ByteKeys();
  private CustomerId[] customers = new CustomerId[1 << 10];
  private int customerCount;
  /** The last customer asked for: ledgers are often grouped by customer. */
  private byte[] lastKey = new byte[0];
  private CustomerId last;
  /** Dates by their epoch day modulo {@link #DATES}: a few years map without a clash. */
  private final LocalDate[] dates = new LocalDate[DATES];
  private final int[] days = new int[DATES];
  /** Zero amounts made so far, one a currency (a file has a handful of currencies). */
  private org.joda.money.Money[] zeros = new org.joda.money.Money[0];

  SharedValues() {
    this(null);
  }

  SharedValues(Common common) {
    this.common = common;
    Arrays.fill(days, Integer.MIN_VALUE);
  }

  /** Values for another thread reading the same file, sharing this one's instances. */
  SharedValues sibling() {
    if (common == null) {
      throw new IllegalStateException("these values are not shared between threads");
    }
    return new SharedValues(common);
  }

  /** Whether other threads share this one's values. */
  boolean shared() {
    return common != null;
  }

  /** The customer id of the bytes {@code b[s, e)} (whose hash is {@code hash}). */
  CustomerId customer(byte[] b, int s, int e, long hash) {
    if (last != null && Arrays.equals(lastKey, 0, lastKey.length, b, s, e)) {
      return last;
    }
    int at = customerKeys.find(b, s, e, hash);
    CustomerId id;
    if (at >= 0) {
      id = customers[at];
    } else {
      String text = new String(b, s, e - s, StandardCharsets.UTF_8);
      id = common == null ? CustomerId.of(text)
          : common.customers.computeIfAbsent(text, CustomerId::of);
      customerKeys.put(b, s, e, hash, customerCount);
      if (customerCount == customers.length) {
        customers = Arrays.copyOf(customers, customerCount * 2);
      }
      customers[customerCount++] = id;
    }
    if (lastKey.length == e - s) {
      System.arraycopy(b, s, lastKey, 0, e - s);
    } else {
      lastKey = Arrays.copyOfRange(b, s, e);
    }
    last = id;
    return id;
  }

  /** The date of an epoch day. */
  /** The zero amount of {@code currency}, one instance a currency on this thread. */
  org.joda.money.Money zero(org.joda.money.CurrencyUnit currency) {
    for (org.joda.money.Money zero : zeros) {
      if (zero.getCurrencyUnit().equals(currency)) {
        return zero;
      }
    }
    org.joda.money.Money zero = org.joda.money.Money.zero(currency);
    zeros = Arrays.copyOf(zeros, zeros.length + 1);
    zeros[zeros.length - 1] = zero;
    return zero;
  }

  LocalDate date(int day) {
    int k = day & (DATES - 1);
    if (days[k] != day) {
      dates[k] = common == null ? LocalDate.ofEpochDay(day)
          : common.dates.computeIfAbsent(day, LocalDate::ofEpochDay);
      days[k] = day;
    }
    return dates[k];
  }
}
