package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The contract's {@code contacts} file (the collector's log) read into {@link ContactRow}s:
 * required {@code customer_id,date,channel,outcome}; optional {@code currency,promised_amount,
 * promised_date,documents} (separated by {@code ;}) and {@code note}. {@code channel} is one of
 * {@code PHONE, EMAIL, LETTER, MEETING}; {@code outcome} one of {@code PROMISE_TO_PAY,
 * DISPUTE_RAISED, CALL_BACK, NO_CONTACT, PAYMENT_CLAIMED, REFUSED} (any letter case).
 *
 * <p>A {@code PROMISE_TO_PAY} row needs {@code currency}, a positive {@code promised_amount} at
 * most the currency's decimals and a {@code promised_date} on or after the contact's date. Other
 * outcomes may leave these empty; where given they are checked the same way. Every error names
 * the file, line, column and value.
 */
public final class ContactsFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "date", "channel",
      "outcome");

  private ContactsFile() {}

  /** Reads every contact of {@code file}, in file order. */
  public static List<ContactRow> read(Path file, Rejects rejects) {
    return CsvInput.read(file, "contacts", REQUIRED, ContactsFile::contact, rejects);
  }

  /** One row as a contact. */
  public static ContactRow contact(CsvRow row) {
    CustomerId customer = LedgerFile.id(row, "customer_id", CustomerId::of);
    LocalDate date = row.date("date");
    ContactRow.Channel channel = Choices.of(row, "channel", ContactRow.Channel.class);
    ContactRow.Outcome outcome = Choices.of(row, "outcome", ContactRow.Outcome.class);
    boolean promise = outcome == ContactRow.Outcome.PROMISE_TO_PAY;
    Optional<CurrencyUnit> currency = promise ? Optional.of(required(row, "currency", outcome)
        .currency("currency")) : row.optional("currency").map(c -> row.currency("currency"));
    Optional<Money> amount;
    if (promise) {
      amount = Optional.of(required(row, "promised_amount", outcome)
          .money("promised_amount", currency.get()));
    } else if (row.optional("promised_amount").isPresent() && currency.isEmpty()) {
      throw row.error("currency", null, "is missing (promised_amount needs its currency)");
    } else {
      amount = currency.flatMap(c -> row.optionalMoney("promised_amount", c));
    }
    amount.ifPresent(a -> {
      if (!a.isPositive()) {
        throw row.error("promised_amount", row.text("promised_amount"), "must be positive");
      }
    });
    Optional<LocalDate> promised = promise
        ? Optional.of(required(row, "promised_date", outcome).date("promised_date"))
        : row.optionalDate("promised_date");
    if (promised.isPresent() && promised.get().isBefore(date)) {
      throw row.error("promised_date", row.text("promised_date"),
          "is before the contact's date " + date);
    }
    List<DocumentId> documents = new ArrayList<>();
    for (String part : row.optional("documents").map(d -> Arrays.asList(d.split(";")))
        .orElse(List.of())) {
      String id = part.strip();
      if (!id.isEmpty()) {
        try {
          documents.add(DocumentId.of(id));
        } catch (IllegalArgumentException e) {
          throw row.error("documents", id, "is not a valid identifier (" + e.getMessage() + ")");
        }
      }
    }
    return new ContactRow(customer, date, channel, outcome, amount, promised, documents,
        row.optional("note"), row.line());
  }

  private static CsvRow required(CsvRow row, String column, ContactRow.Outcome outcome) {
    if (row.optional(column).isEmpty()) {
      throw row.error(column, null, "is missing (required for outcome " + outcome + ")");
    }
    return row;
  }
}

