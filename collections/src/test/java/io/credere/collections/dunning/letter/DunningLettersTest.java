package io.credere.collections.dunning.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningNotice;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.collections.interest.InterestRegime;
import io.credere.collections.interest.LateInterestCalculator;
import io.credere.collections.interest.TestRates;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DunningLettersTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final CustomerId CUSTOMER = CustomerId.of("C-1001");
  static final Letterhead LETTERHEAD = Letterhead.builder().companyName("Credere Wholesale GmbH")
      .addAddressLines("Hafenstraße 1", "20457 Hamburg").contact("ar@credere.example")
      .bankDetails("IBAN DE89 3704 0044 0532 0130 00").build();

  static OpenItem invoice(String id, LocalDate due, String amount) {
    Money money = Money.parse("EUR " + amount);
    return OpenItem.builder().customerId(CUSTOMER).documentId(DocumentId.of(id))
        .documentType(DocumentType.INVOICE).documentDate(due.minusDays(30)).dueDate(due)
        .amount(money).openAmount(money).reference("PO-4711").build();
  }

  /**
   * A final notice (level 4) on two invoices under de-bgb, as of 2026-11-20, with the
   * Basiszinssatz 1.27 carried forward: 10.27 percent.
   *
   * <ul>
   *   <li>INV-1: EUR 1,826.91 due 2026-10-01, 50 days late: 1826.91 x 10.27 x 50 = 938,118.285.
   *   <li>INV-2: EUR 535.42 due 2026-10-10, 41 days late: 535.42 x 10.27 x 41 = 225,449.2994.
   * </ul>
   *
   * Sum 1,163,567.5844 / 36,500 = 31.8785... -> EUR 31.88; compensation 2 x 40 = EUR 80.00;
   * fee EUR 10.00; overdue 2,362.33; total 2,362.33 + 10 + 31.88 + 80 = EUR 2,484.21.
   */
  static DunningProposal finalNotice() {
    DunningRun run = DunningRun.of(DunningPolicy.standard(), Map.of(CurrencyUnit.EUR,
        LateInterestCalculator.of(InterestRegime.DE_BGB, TestRates.basiszins())));
    List<DunningProposal> proposals = run.propose(
        List.of(invoice("INV-1", LocalDate.of(2026, 10, 1), "1826.91"),
            invoice("INV-2", LocalDate.of(2026, 10, 10), "535.42")),
        List.of(Customer.builder().customerId(CUSTOMER).name("Müller Maschinenbau GmbH")
            .currency(CurrencyUnit.EUR).build()),
        List.of(DunningNotice.builder().customerId(CUSTOMER).currency(CurrencyUnit.EUR).level(3)
            .date(AS_OF.minusDays(8)).build()),
        DunningExclusions.none(), AS_OF);
    return proposals.get(0);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = DunningLettersTest.class.getResourceAsStream("/letters/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_final_notice_claims_interest_and_compensation_as_computed_by_hand() {
    DunningProposal proposal = finalNotice();
    assertThat(proposal.channel()).contains(DunningChannel.FINAL_NOTICE);
    assertThat(proposal.interest()).isEqualTo(Money.parse("EUR 31.88"));
    assertThat(proposal.compensation()).isEqualTo(Money.parse("EUR 80.00"));
    assertThat(proposal.totalClaim()).isEqualTo(Money.parse("EUR 2484.21"));
  }

  @Test
  void renders_the_golden_german_final_notice() throws IOException {
    DunningLetter letter = DunningLetters.builtIn().render(finalNotice(), LETTERHEAD,
        LetterLanguage.GERMAN, AS_OF).orElseThrow();
    assertThat(letter.fileName()).isEqualTo("C-1001-EUR-level-4-FINAL_NOTICE-de.txt");
    assertThat(letter.text()).isEqualTo(golden("final-notice-de.txt"));
  }

  @Test
  void renders_the_golden_english_final_notice() throws IOException {
    DunningLetter letter = DunningLetters.builtIn().render(finalNotice(), LETTERHEAD,
        LetterLanguage.ENGLISH, AS_OF).orElseThrow();
    assertThat(letter.text()).isEqualTo(golden("final-notice-en.txt"));
  }

  @Test
  void a_first_reminder_is_an_email_without_interest() {
    DunningProposal proposal = DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-9", AS_OF.minusDays(8), "1234.50")), List.of(), List.of(),
        DunningExclusions.none(), AS_OF).get(0);
    DunningLetter email = DunningLetters.builtIn().render(proposal, LETTERHEAD,
        LetterLanguage.ENGLISH, AS_OF).orElseThrow();
    assertThat(email.text()).startsWith("Subject: Payment reminder 1 - customer C-1001 - "
        + "EUR 1,234.50 overdue\n\nDear C-1001,\n")
        .contains("- INV-9 (your reference PO-4711), due 12 November 2026, 8 days overdue: "
            + "EUR 1,234.50\n")
        .doesNotContain("interest");
  }

  @Test
  void open_credits_are_listed_on_the_notice_and_reduce_the_total() {
    Money credit = Money.parse("EUR -234.50");
    OpenItem creditNote = OpenItem.builder().customerId(CUSTOMER).documentId(DocumentId.of("CN-3"))
        .documentType(DocumentType.CREDIT_NOTE).documentDate(LocalDate.of(2026, 11, 2))
        .dueDate(LocalDate.of(2026, 11, 2)).amount(credit).openAmount(credit).build();
    DunningProposal proposal = DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-9", AS_OF.minusDays(8), "1234.50"), creditNote), List.of(),
        List.of(), DunningExclusions.none(), AS_OF).get(0);
    String english = DunningLetters.builtIn().render(proposal, LETTERHEAD,
        LetterLanguage.ENGLISH, AS_OF).orElseThrow().text();
    String german = DunningLetters.builtIn().render(proposal, LETTERHEAD,
        LetterLanguage.GERMAN, AS_OF).orElseThrow().text();

    assertThat(proposal.totalClaim()).isEqualTo(Money.parse("EUR 1000.00"));
    assertThat(english).contains("Less your open credits: EUR -234.50\n"
        + "  CN-3 of 2 November 2026: EUR -234.50\n");
    assertThat(german).contains("Abzüglich Ihrer Guthaben: ").contains("CN-3 vom ");
  }

  @Test
  void host_templates_replace_the_built_in_ones() {
    DunningLetters letters = DunningLetters.of(Map.of("letter_en",
        "{{customer_name}} owes {{total_claim}}{{#final_notice}} (final){{/final_notice}}"));
    assertThat(letters.render(finalNotice(), LETTERHEAD, LetterLanguage.ENGLISH, AS_OF)
        .orElseThrow().text()).isEqualTo("Müller Maschinenbau GmbH owes EUR 2,484.21 (final)");
    assertThatThrownBy(() -> DunningLetters.of(Map.of("sms_en", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sms_en");
  }
}
