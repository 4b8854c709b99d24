package io.credere.io;

import io.credere.core.id.CustomerId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values many items of one file have in common, made once each: the same
 * {@link CustomerId} for every row of a customer, the same {@link LocalDate} for every row of a
 * day. A 1M-row ledger of 150k customers over a few years holds 150k ids and about a thousand
 * dates instead of 1M and 3M objects. Used on one thread (the caller's); not thread-safe.
 */
final class SharedValues {

  private static final int DATES = 1 << 12;

  private final ByteKeys customerKeys = new ByteKeys();
  private final List<CustomerId> customers = new ArrayList<>();
  /** Dates by their epoch day modulo {@link #DATES}: a few years map without a clash. */
  private final LocalDate[] dates = new LocalDate[DATES];
  private final int[] days = new int[DATES];

  SharedValues() {
    Arrays.fill(days, Integer.MIN_VALUE);
  }

  /** The customer id of the bytes {@code b[s, e)} (whose hash is {@code hash}). */
  CustomerId customer(byte[] b, int s, int e, long hash) {
    int at = customerKeys.find(b, s, e, hash);
    if (at >= 0) {
      return customers.get(at);
    }
    CustomerId id = CustomerId.of(new String(b, s, e - s, StandardCharsets.UTF_8));
    customerKeys.put(b, s, e, hash, customers.size());
    customers.add(id);
    return id;
  }

  /** The date of an epoch day. */
  LocalDate date(int day) {
    int k = day & (DATES - 1);
    if (days[k] != day) {
      dates[k] = LocalDate.ofEpochDay(day);
      days[k] = day;
    }
    return dates[k];
  }
}
