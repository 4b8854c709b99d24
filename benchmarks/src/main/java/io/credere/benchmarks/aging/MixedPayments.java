package io.credere.benchmarks.aging;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Payments against a {@link RealisticLedger} ledger as a bank month brings them, to break the
 * cash application rather than to flatter it: an open invoice is drawn, then paid with one of
 * these remittances:
 *
 * <ul>
 *   <li>35 %: its id with words around it ({@code Rechnung Nr. D-00012345 thank you});
 *   <li>20 %: it and one to three more open invoices of its customer and currency, summed;
 *   <li>10 %: no remittance at all;
 *   <li>10 %: its id with one digit of the last five changed (a typing slip, which in dense
 *       numbering is another customer's document);
 *   <li>10 %: the invoice's customer reference ({@code Your ref PO 4512345}; the ledger's
 *       spreadsheet-formula references are on about 18,000 documents each);
 *   <li>the rest: a German free text with the id's number without prefix or zeros, a date, the
 *       customer number and zero to four other numbers.
 * </ul>
 *
 * <p>Seven payments in ten carry the customer id, half a payer name of the customer's, one in
 * twelve pays up to 5 % short. Deterministic from the seed.
 */
final class MixedPayments {

  private static final String[] PREFIXES = {"Invoice ", "INV ", "Rechnung Nr. ", "Facture ",
      "Payment for "};

  private MixedPayments() {}

  static void write(Path file, int count, List<List<String>> ledger, boolean excel, long seed)
      throws IOException {
    List<List<String>> open = new ArrayList<>();
    Map<String, List<List<String>>> byCustomer = new HashMap<>();
    for (List<String> item : ledger) {
      if (item.get(4).equals("INVOICE") && !item.get(8).matches("0(\\.0+)?")) {
        open.add(item);
        byCustomer.computeIfAbsent(item.get(3) + "|" + item.get(9), k -> new ArrayList<>())
            .add(item);
      }
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x3C6EF372FE94F82AL);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        1 << 20)) {
      String eol = excel ? "\r\n" : "\n";
      out.write(RealisticLedger.line(List.of("payment_id", "payment_date", "currency", "amount",
          "customer_id", "payer_name", "remittance"), excel));
      out.write(eol);
      for (int p = 0; p < count; p++) {
        List<String> item = open.get(random.nextInt(open.size()));
        String id = item.get(1);
        String customer = item.get(3);
        BigDecimal amount = new BigDecimal(item.get(8));
        String remittance;
        int kind = random.nextInt(100);
        if (kind < 35) {
          remittance = PREFIXES[random.nextInt(PREFIXES.length)] + id + switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> " thank you";
            case 2 -> " / " + customer;
            default -> " dated 2026-11-02";
          };
        } else if (kind < 55) {
          List<List<String>> mates = byCustomer.get(customer + "|" + item.get(9));
          Map<String, BigDecimal> paid = new LinkedHashMap<>();
          paid.put(id, amount);
          int more = 1 + random.nextInt(3);
          for (int k = 0; k < more; k++) {
            List<String> mate = mates.get(random.nextInt(mates.size()));
            paid.putIfAbsent(mate.get(1), new BigDecimal(mate.get(8)));
          }
          amount = paid.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          remittance = "Invoices " + String.join(", ", paid.keySet());
        } else if (kind < 65) {
          remittance = "";
        } else if (kind < 75) {
          remittance = "Inv " + slip(id, random);
        } else if (kind < 85 && !item.get(10).isEmpty()) {
          remittance = "Your ref " + item.get(10);
        } else {
          StringBuilder text = new StringBuilder("Zahlung Rechnung ")
              .append(id.substring(id.lastIndexOf('-') + 1).replaceFirst("^0+(?=.)", ""))
              .append(" vom 01.11.2026 Kd ").append(customer.substring(2));
          int others = random.nextInt(5);
          for (int k = 0; k < others; k++) {
            text.append(' ').append(1 + random.nextInt(99_999));
          }
          remittance = text.toString();
        }
        if (random.nextInt(12) == 0) {
          BigDecimal unit = BigDecimal.ONE.movePointLeft(amount.scale());
          long minor = amount.unscaledValue().longValueExact();
          long less = 1 + random.nextInt((int) Math.max(1, Math.min(minor / 20, 1_000_000)));
          amount = amount.subtract(unit.multiply(BigDecimal.valueOf(Math.min(less, minor - 1))));
        }
        boolean known = random.nextInt(10) < 7;
        String payer = random.nextBoolean() ? "Customer " + customer : "Some Payer GmbH";
        out.write(RealisticLedger.line(List.of(String.format(Locale.ROOT, "Q-%07d", p),
            "2026-11-30", item.get(9), amount.toPlainString(), known ? customer : "", payer,
            remittance), excel));
        out.write(eol);
      }
    }
  }

  /** {@code id} with one of its last five digits changed. */
  private static String slip(String id, SplittableRandom random) {
    char[] chars = id.toCharArray();
    List<Integer> digits = new ArrayList<>();
    for (int k = 0; k < chars.length; k++) {
      if (Character.isDigit(chars[k])) {
        digits.add(k);
      }
    }
    int at = digits.get(digits.size() - 1 - random.nextInt(Math.min(5, digits.size())));
    chars[at] = (char) ('0' + (chars[at] - '0' + 1 + random.nextInt(9)) % 10);
    return new String(chars);
  }
}
