package io.credere.statements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Reads the sample files of the test resources and sums what the readers found. */
final class Samples {

  private Samples() {}

  static StatementFile read(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return StatementReaders.read(in, name.substring(name.lastIndexOf('/') + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StatementFile text(String name, String content) {
    return StatementReaders.read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
  }

  /** Totals per "CCY DIRECTION", amounts as plain text at the currency's scale. */
  static Map<String, String> totals(StatementFile file) {
    Map<String, org.joda.money.Money> sums = new TreeMap<>();
    for (BankTransaction t : file.transactions()) {
      sums.merge(t.currency().getCode() + " " + t.direction(), t.amount(),
          org.joda.money.Money::plus);
    }
    Map<String, String> text = new TreeMap<>();
    sums.forEach((k, v) -> text.put(k, v.getAmount().toPlainString()));
    return text;
  }
}
