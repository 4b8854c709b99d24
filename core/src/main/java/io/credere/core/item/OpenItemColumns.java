package io.credere.core.item;

import io.credere.core.Checks;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.money.Monies;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Optional;
import java.util.RandomAccess;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A ledger's open items held as columns: a list of {@link OpenItem}s that keeps no object per
 * item, only its fields in arrays (ids and references as UTF-8 bytes, dates as epoch days,
 * amounts in minor units), about a third of the memory of the items themselves. {@link #get}
 * makes the item when asked, a new instance equal to the item that was added; the column reads
 * ({@link #documentId(int)}, {@link #dueDay(int)}, {@link #openMinor(int)}, ...) give one field
 * of a row without making the item. For a large ledger that is read once and mostly looked at by
 * a few fields (a cash application's index touches only the items payments name), this spares
 * the heap a million small objects.
 *
 * <p>Every row keeps {@link OpenItem}'s rules: the {@link Builder} refuses a row the item would
 * refuse, with the same {@link io.credere.core.error.ValidationException}. Immutable once built
 * and thread-safe; the list cannot be changed.
 */
public final class OpenItemColumns extends AbstractList<OpenItem> implements RandomAccess {

  private static final DocumentType[] TYPES = DocumentType.values();
  private static final int DISPUTED = 1;
  private static final int HAS_REFERENCE = 2;

  private final int size;
  private final CustomerId[] customers;
  private final byte[] ids;
  /** Row r's id is {@code ids[idEnds[r - 1], idEnds[r])} (from 0 for row 0). */
  private final int[] idEnds;
  private final byte[] references;
  private final int[] referenceEnds;
  private final byte[] types;
  private final byte[] flags;
  private final long[] documentDays;
  private final long[] dueDays;
  private final short[] currencies;
  private final CurrencyUnit[] currencyUnits;
  private final long[] amounts;
  private final long[] opens;
  private final EarlyPaymentDiscount[] discounts;

  private OpenItemColumns(Builder b) {
    size = b.size;
    customers = b.customers;
    ids = b.ids;
    idEnds = b.idEnds;
    references = b.references;
    referenceEnds = b.referenceEnds;
    types = b.types;
    flags = b.flags;
    documentDays = b.documentDays;
    dueDays = b.dueDays;
    currencies = b.currencies;
    currencyUnits = Arrays.copyOf(b.currencyUnits, b.currencyCount);
    amounts = b.amounts;
    opens = b.opens;
    discounts = b.discounts;
  }

  /** A builder for about {@code expectedRows} rows (it grows past them). */
  public static Builder builder(int expectedRows) {
    return new Builder(expectedRows);
  }

  /** The items of {@code items} as columns, in order. */
  public static OpenItemColumns of(Iterable<OpenItem> items) {
    Builder builder = builder(items instanceof java.util.Collection<?> c ? c.size() : 16);
    for (OpenItem item : Checks.notNull(items, "items")) {
      builder.add(item);
    }
    return builder.build();
  }

  @Override
  public int size() {
    return size;
  }

  /** The item of row {@code row}, made now (equal to the item added, not the same instance). */
  @Override
  public OpenItem get(int row) {
    check(row);
    CurrencyUnit currency = currencyUnits[currencies[row]];
    Money amount = Money.ofMinor(currency, amounts[row]);
    Money open = opens[row] == amounts[row] ? amount : Money.ofMinor(currency, opens[row]);
    OpenItem.Builder item = OpenItem.builder()
        .customerId(customers[row])
        .documentId(DocumentId.of(idText(row)))
        .documentType(TYPES[types[row]])
        .documentDate(LocalDate.ofEpochDay(documentDays[row]))
        .dueDate(LocalDate.ofEpochDay(dueDays[row]))
        .amount(amount)
        .openAmount(open)
        .reference(referenceText(row))
        .disputed((flags[row] & DISPUTED) != 0);
    if (discounts[row] != null) {
      item.discount(discounts[row]);
    }
    return item.build();
  }

  /** The customer of row {@code row} (the instance added). */
  public CustomerId customerId(int row) {
    check(row);
    return customers[row];
  }

  /** The document id of row {@code row}, as text. */
  public String documentId(int row) {
    check(row);
    return idText(row);
  }

  private String idText(int row) {
    int from = row == 0 ? 0 : idEnds[row - 1];
    return new String(ids, from, idEnds[row] - from, StandardCharsets.UTF_8);
  }

  /** Whether the document id of row {@code row} is {@code documentId}, without making it. */
  public boolean hasDocumentId(int row, String documentId) {
    check(row);
    int from = row == 0 ? 0 : idEnds[row - 1];
    int length = idEnds[row] - from;
    if (length != documentId.length()) {
      // UTF-8 of other characters than ASCII has more bytes than the text has characters
      return length > documentId.length() && idText(row).equals(documentId);
    }
    for (int i = 0; i < length; i++) {
      byte b = ids[from + i];
      if (b < 0) {
        return idText(row).equals(documentId);
      }
      if (b != documentId.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The customer's reference of row {@code row}, when it has one. */
  public Optional<String> reference(int row) {
    check(row);
    return referenceText(row);
  }

  private Optional<String> referenceText(int row) {
    if ((flags[row] & HAS_REFERENCE) == 0) {
      return Optional.empty();
    }
    int from = row == 0 ? 0 : referenceEnds[row - 1];
    return Optional.of(new String(references, from, referenceEnds[row] - from,
        StandardCharsets.UTF_8));
  }

  /** The document type of row {@code row}. */
  public DocumentType documentType(int row) {
    check(row);
    return TYPES[types[row]];
  }

  /** The document date of row {@code row} as an epoch day ({@link LocalDate#toEpochDay}). */
  public long documentDay(int row) {
    check(row);
    return documentDays[row];
  }

  /** The due date of row {@code row} as an epoch day ({@link LocalDate#toEpochDay}). */
  public long dueDay(int row) {
    check(row);
    return dueDays[row];
  }

  /** The currency of row {@code row}. */
  public CurrencyUnit currency(int row) {
    check(row);
    return currencyUnits[currencies[row]];
  }

  /** The amount of row {@code row} in minor units of its currency. */
  public long amountMinor(int row) {
    check(row);
    return amounts[row];
  }

  /** The open amount of row {@code row} in minor units of its currency. */
  public long openMinor(int row) {
    check(row);
    return opens[row];
  }

  private void check(int row) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException("row " + row + " of " + size);
    }
  }

  /**
   * Adds rows one at a time; {@link #build} hands the columns over (the builder is spent then).
   * Not thread-safe: one thread fills a builder.
   */
  public static final class Builder {
    private int size;
    private CustomerId[] customers;
    private byte[] ids;
    private int idLength;
    private int[] idEnds;
    private byte[] references;
    private int referenceLength;
    private int[] referenceEnds;
    private byte[] types;
    private byte[] flags;
    private long[] documentDays;
    private long[] dueDays;
    private short[] currencies;
    private CurrencyUnit[] currencyUnits = new CurrencyUnit[4];
    private int currencyCount;
    private CurrencyUnit lastCurrency;
    private short lastCurrencyNumber;
    private long[] amounts;
    private long[] opens;
    private EarlyPaymentDiscount[] discounts;
    private boolean built;
    /** Names the id of the row being added in a refusal's message, made only then. */
    private final Object pendingId = new Object() {
      @Override
      public String toString() {
        return new String(pending, pendingFrom, pendingTo - pendingFrom, StandardCharsets.UTF_8);
      }
    };
    private byte[] pending;
    private int pendingFrom;
    private int pendingTo;

    private Builder(int expectedRows) {
      int capacity = Math.max(16, expectedRows);
      customers = new CustomerId[capacity];
      idEnds = new int[capacity];
      referenceEnds = new int[capacity];
      types = new byte[capacity];
      flags = new byte[capacity];
      documentDays = new long[capacity];
      dueDays = new long[capacity];
      currencies = new short[capacity];
      amounts = new long[capacity];
      opens = new long[capacity];
      discounts = new EarlyPaymentDiscount[capacity];
      ids = new byte[capacity * 12];
      references = new byte[capacity * 8];
    }

    /** How many rows were added. */
    public int size() {
      return size;
    }

    /** Adds {@code item} as the next row. */
    public Builder add(OpenItem item) {
      Checks.notNull(item, "item");
      byte[] id = item.documentId().value().getBytes(StandardCharsets.UTF_8);
      add(item.customerId(), id, 0, id.length, item.documentType(),
          item.documentDate().toEpochDay(), item.dueDate().toEpochDay(), item.currency(),
          item.amount().getAmountMinorLong(), item.openAmount().getAmountMinorLong(),
          item.reference(), item.isDisputed(), item.discount());
      return this;
    }

    /**
     * Adds a row from its fields: the document id as UTF-8 bytes {@code id[from, to)}, dates as
     * epoch days, amounts in minor units of {@code currency}.
     *
     * @throws io.credere.core.error.ValidationException when {@link OpenItem} would refuse the
     *     row (an amount beyond the range, of the wrong sign, an open amount above the amount)
     * @throws IllegalArgumentException when the id is blank or longer than an id may be
     */
    public Builder add(CustomerId customer, byte[] id, int from, int to, DocumentType type,
        long documentDay, long dueDay, CurrencyUnit currency, long amountMinor, long openMinor,
        Optional<String> reference, boolean disputed, Optional<EarlyPaymentDiscount> discount) {
      if (built) {
        throw new IllegalStateException("the columns were built: a builder fills one set");
      }
      Checks.notNull(customer, "customer");
      Checks.notNull(type, "type");
      Checks.notNull(currency, "currency");
      Checks.notNull(reference, "reference");
      Checks.notNull(discount, "discount");
      java.time.temporal.ChronoField.EPOCH_DAY.checkValidValue(documentDay);
      java.time.temporal.ChronoField.EPOCH_DAY.checkValidValue(dueDay);
      checkId(id, from, to);
      pending = id;
      pendingFrom = from;
      pendingTo = to;
      Money amount = Money.ofMinor(currency, amountMinor);
      AbstractOpenItem.checkAmounts(type, amount,
          openMinor == amountMinor ? amount : Money.ofMinor(currency, openMinor), pendingId);
      pending = null;
      if (size == customers.length) {
        grow();
      }
      appendId(id, from, to);
      int row = size;
      customers[row] = customer;
      types[row] = (byte) type.ordinal();
      documentDays[row] = documentDay;
      dueDays[row] = dueDay;
      currencies[row] = numberOf(currency);
      amounts[row] = amountMinor;
      opens[row] = openMinor;
      discounts[row] = discount.orElse(null);
      int flag = disputed ? DISPUTED : 0;
      if (reference.isPresent()) {
        flag |= HAS_REFERENCE;
        byte[] text = reference.get().getBytes(StandardCharsets.UTF_8);
        appendReference(text, 0, text.length);
      }
      flags[row] = (byte) flag;
      referenceEnds[row] = referenceLength;
      idEnds[row] = idLength;
      size++;
      return this;
    }

    /**
     * Adds row {@code row} of {@code other} as the next row (its fields as they are: the row
     * was checked when it was added there).
     */
    public Builder addRow(OpenItemColumns other, int row) {
      Checks.notNull(other, "other");
      other.check(row);
      if (built) {
        throw new IllegalStateException("the columns were built: a builder fills one set");
      }
      if (size == customers.length) {
        grow();
      }
      int from = row == 0 ? 0 : other.idEnds[row - 1];
      appendId(other.ids, from, other.idEnds[row]);
      int at = size;
      customers[at] = other.customers[row];
      types[at] = other.types[row];
      documentDays[at] = other.documentDays[row];
      dueDays[at] = other.dueDays[row];
      currencies[at] = numberOf(other.currencyUnits[other.currencies[row]]);
      amounts[at] = other.amounts[row];
      opens[at] = other.opens[row];
      discounts[at] = other.discounts[row];
      flags[at] = other.flags[row];
      if ((other.flags[row] & HAS_REFERENCE) != 0) {
        int start = row == 0 ? 0 : other.referenceEnds[row - 1];
        appendReference(other.references, start, other.referenceEnds[row]);
      }
      referenceEnds[at] = referenceLength;
      idEnds[at] = idLength;
      size++;
      return this;
    }

    /** The columns of the rows added; the builder takes no more rows. */
    public OpenItemColumns build() {
      if (built) {
        throw new IllegalStateException("the columns were built: a builder fills one set");
      }
      built = true;
      return new OpenItemColumns(this);
    }

    /** Checks the id's bytes as {@link DocumentId} checks its text. */
    private static void checkId(byte[] id, int from, int to) {
      Checks.notNull(id, "id");
      if (from < 0 || to > id.length || from > to) {
        throw new IndexOutOfBoundsException("id bytes [" + from + ", " + to + ") of "
            + id.length);
      }
      boolean plain = to - from <= 256;
      boolean blank = true;
      for (int i = from; i < to && (plain || blank); i++) {
        byte b = id[i];
        plain &= b >= 0;
        blank &= b >= 0 && Character.isWhitespace(b);
      }
      if (!plain || blank) {
        // the id's own check, on its text, words any refusal
        DocumentId.of(new String(id, from, to - from, StandardCharsets.UTF_8));
      }
    }

    /** Appends the id's bytes after the last row's. */
    private void appendId(byte[] id, int from, int to) {
      if (idLength + to - from > ids.length) {
        ids = Arrays.copyOf(ids, grownLength(ids.length, idLength + to - from));
      }
      System.arraycopy(id, from, ids, idLength, to - from);
      idLength += to - from;
    }

    private void appendReference(byte[] text, int from, int to) {
      if (referenceLength + to - from > references.length) {
        references = Arrays.copyOf(references, grownLength(references.length,
            referenceLength + to - from));
      }
      System.arraycopy(text, from, references, referenceLength, to - from);
      referenceLength += to - from;
    }

    private short numberOf(CurrencyUnit currency) {
      if (currency == lastCurrency) {
        return lastCurrencyNumber;
      }
      int number = 0;
      while (number < currencyCount && !currencyUnits[number].equals(currency)) {
        number++;
      }
      if (number == currencyCount) {
        if (currencyCount == Short.MAX_VALUE) {
          throw new IllegalStateException("more than " + Short.MAX_VALUE + " currencies");
        }
        if (currencyCount == currencyUnits.length) {
          currencyUnits = Arrays.copyOf(currencyUnits, currencyCount * 2);
        }
        currencyUnits[currencyCount++] = currency;
      }
      lastCurrency = currency;
      lastCurrencyNumber = (short) number;
      return (short) number;
    }

    private void grow() {
      int n = grownLength(customers.length, customers.length + 1);
      customers = Arrays.copyOf(customers, n);
      idEnds = Arrays.copyOf(idEnds, n);
      referenceEnds = Arrays.copyOf(referenceEnds, n);
      types = Arrays.copyOf(types, n);
      flags = Arrays.copyOf(flags, n);
      documentDays = Arrays.copyOf(documentDays, n);
      dueDays = Arrays.copyOf(dueDays, n);
      currencies = Arrays.copyOf(currencies, n);
      amounts = Arrays.copyOf(amounts, n);
      opens = Arrays.copyOf(opens, n);
      discounts = Arrays.copyOf(discounts, n);
    }

    private static int grownLength(int length, int needed) {
      long grown = Math.max((long) needed, length + (length >> 1) + 16L);
      if (grown > Integer.MAX_VALUE - 16) {
        if (needed > Integer.MAX_VALUE - 16) {
          throw new IllegalStateException("more than 2 GB of text in one column");
        }
        grown = Integer.MAX_VALUE - 16;
      }
      return (int) grown;
    }
  }
}
