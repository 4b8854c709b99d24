package io.credere.collections.dunning.letter;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningLevel;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.interest.InterestRegime;
import io.credere.core.Checks;
import io.credere.core.error.CredereException;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Renders dunning letters and emails from Mustache templates, in English or German.
 *
 * <p>Templates are named {@code email_en}, {@code email_de}, {@code letter_en} and
 * {@code letter_de}; {@code EMAIL} levels use the email template, {@code LETTER} and
 * {@code FINAL_NOTICE} the letter template (with {@code final_notice} set). The built-in texts
 * are resources of this jar ({@code io/credere/collections/dunning/letter/*.mustache}); a host
 * passes its own through {@link #of(Map)}. The template sees: {@code company},
 * {@code company_address} (list), {@code contact}, {@code bank_details}, {@code date},
 * {@code customer_name}, {@code customer_id}, {@code currency}, {@code level},
 * {@code final_notice}, {@code items} (each {@code document_id}, {@code document_date},
 * {@code due_date}, {@code days_overdue}, {@code amount}, {@code reference}),
 * {@code overdue_amount}, {@code fee}, {@code has_fee}, {@code interest}, {@code compensation},
 * {@code has_interest}, {@code legal_basis}, {@code total_claim}, {@code pay_by}; amounts and
 * dates are formatted for the language.
 *
 * <p>Immutable and thread-safe (compiled templates are shared).
 */
public final class DunningLetters {

  /** The template names. */
  public static final List<String> TEMPLATE_NAMES =
      List.of("email_en", "email_de", "letter_en", "letter_de");

  private static final String ROOT = "/io/credere/collections/dunning/letter/";
  private static final int DAYS_TO_PAY = 10;

  private final Map<String, Template> templates;

  private DunningLetters(Map<String, Template> templates) {
    this.templates = templates;
  }

  /** The built-in templates. */
  public static DunningLetters builtIn() {
    return of(Map.of());
  }

  /**
   * The host's template texts by name ({@link #TEMPLATE_NAMES}); a name not given falls back to
   * the built-in template.
   *
   * @throws IllegalArgumentException for an unknown template name
   */
  public static DunningLetters of(Map<String, String> templateTexts) {
    Checks.notNull(templateTexts, "templateTexts");
    Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("");
    Map<String, Template> compiled = new HashMap<>();
    templateTexts.keySet().forEach(name -> Checks.argument(TEMPLATE_NAMES.contains(name),
        "Unknown template name '" + name + "' (expected one of " + TEMPLATE_NAMES + ")"));
    for (String name : TEMPLATE_NAMES) {
      String text = templateTexts.containsKey(name) ? templateTexts.get(name) : resource(name);
      compiled.put(name, compiler.compile(text));
    }
    return new DunningLetters(Map.copyOf(compiled));
  }

  /**
   * The letter or email of a proposal's action, when its channel is written (email, letter,
   * final notice); empty for no action, a phone call or a hand-over.
   *
   * @param date the date the letter is written (the run's as-of date)
   */
  public Optional<DunningLetter> render(DunningProposal proposal, Letterhead letterhead,
      LetterLanguage language, LocalDate date) {
    Checks.notNull(proposal, "proposal");
    Checks.notNull(letterhead, "letterhead");
    Checks.notNull(language, "language");
    Checks.notNull(date, "date");
    if (proposal.level().isEmpty() || !proposal.level().get().channel().isWritten()) {
      return Optional.empty();
    }
    DunningLevel level = proposal.level().get();
    String kind = level.channel() == DunningChannel.EMAIL ? "email" : "letter";
    String text = templates.get(kind + "_" + language.code())
        .execute(model(proposal, letterhead, language, date));
    return Optional.of(DunningLetter.builder().customerId(proposal.customerId())
        .channel(level.channel()).level(level.level()).language(language).text(text)
        .fileName(proposal.customerId().value().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
            + proposal.currency().getCode() + "-level-" + level.level() + "-"
            + level.channel() + "-" + language.code() + ".txt")
        .build());
  }

  private static Map<String, Object> model(DunningProposal proposal, Letterhead letterhead,
      LetterLanguage language, LocalDate date) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("company", letterhead.companyName());
    model.put("company_address", letterhead.addressLines());
    model.put("contact", letterhead.contact().orElse(""));
    model.put("bank_details", letterhead.bankDetails().orElse(""));
    model.put("date", date(date, language));
    model.put("customer_name", proposal.customerName().orElse(proposal.customerId().value()));
    model.put("customer_id", proposal.customerId().value());
    model.put("currency", proposal.currency().getCode());
    DunningLevel level = proposal.level().orElseThrow();
    model.put("level", level.level());
    model.put("final_notice", level.channel() == DunningChannel.FINAL_NOTICE);
    List<Map<String, Object>> items = new ArrayList<>();
    for (OpenItem item : proposal.coveredItems()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document_id", item.documentId().value());
      row.put("document_date", date(item.documentDate(), language));
      row.put("due_date", date(item.dueDate(), language));
      row.put("days_overdue", item.daysPastDue(date));
      row.put("amount", amount(item.openAmount(), language));
      row.put("reference", item.reference().orElse(""));
      items.add(row);
    }
    model.put("items", items);
    model.put("overdue_amount", amount(proposal.overdueAmount(), language));
    List<Map<String, Object>> credits = new ArrayList<>();
    for (OpenItem credit : proposal.credits()) {
      Map<String, Object> row = new HashMap<>();
      row.put("document_id", credit.documentId().value());
      row.put("document_date", date(credit.documentDate(), language));
      row.put("amount", amount(credit.openAmount(), language));
      credits.add(row);
    }
    model.put("credits", credits);
    model.put("has_credits", !credits.isEmpty());
    model.put("credit_amount", amount(proposal.creditAmount(), language));
    model.put("fee", amount(proposal.fee(), language));
    model.put("has_fee", proposal.fee().isPositive());
    model.put("interest", amount(proposal.interest(), language));
    model.put("compensation", amount(proposal.compensation(), language));
    model.put("has_interest", proposal.interestRegime().isPresent());
    model.put("legal_basis", proposal.interestRegime().map(r -> legalBasis(r, language))
        .orElse(""));
    model.put("total_claim", amount(proposal.totalClaim(), language));
    model.put("pay_by", date(date.plusDays(DAYS_TO_PAY), language));
    return model;
  }

  /** The legal basis of a regime as the letter states it. */
  static String legalBasis(InterestRegime regime, LetterLanguage language) {
    boolean german = language == LetterLanguage.GERMAN;
    switch (regime) {
      case UK_LATE_PAYMENT:
        return german ? "dem Late Payment of Commercial Debts (Interest) Act 1998 "
            + "(Basiszinssatz der Bank of England zuzüglich 8 Prozentpunkten)"
            : "the Late Payment of Commercial Debts (Interest) Act 1998 (Bank of England base "
                + "rate plus 8 percentage points)";
      case EU_DIRECTIVE:
        return german ? "der Richtlinie 2011/7/EU (Referenzzinssatz der EZB zuzüglich "
            + "8 Prozentpunkten)"
            : "Directive 2011/7/EU (ECB reference rate plus 8 percentage points)";
      default:
        return german ? "§ 288 Abs. 2 und 5 BGB (Basiszinssatz zuzüglich 9 Prozentpunkten)"
            : "section 288 (2) and (5) of the German Civil Code, BGB (base rate plus "
                + "9 percentage points)";
    }
  }

  /** An amount with its currency code, grouped for the language. */
  static String amount(Money money, LetterLanguage language) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
    int scale = money.getCurrencyUnit().getDecimalPlaces();
    DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
        symbols);
    String number = format.format(new BigDecimal(money.getAmount().toPlainString()));
    String code = money.getCurrencyUnit().getCode();
    return language == LetterLanguage.GERMAN ? number + " " + code : code + " " + number;
  }

  /** A date as written in the language. */
  static String date(LocalDate date, LetterLanguage language) {
    DateTimeFormatter format = language == LetterLanguage.GERMAN
        ? DateTimeFormatter.ofPattern("dd.MM.uuuu", language.locale())
        : DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale());
    return date.format(format);
  }

  private static String resource(String name) {
    try (InputStream in = DunningLetters.class.getResourceAsStream(ROOT + name + ".mustache")) {
      if (in == null) {
        throw new CredereException("built-in template " + name + " is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        return text.toString();
      }
    } catch (IOException e) {
      throw new CredereException("cannot read built-in template " + name + ": " + e.getMessage(),
          e);
    }
  }
}
