package io.credere.statements;

import io.credere.core.Checks;
import io.credere.core.error.CredereException;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import io.credere.statements.internal.Bai2Reader;
import io.credere.statements.internal.CamtReader;
import io.credere.statements.internal.Mt940Reader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The built-in statement readers and the entry point that detects the format from content:
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   StatementFile file = StatementReaders.read(in, path.getFileName().toString());
 *   for (BankStatement statement : file.statements()) { ... statement.balanceCheck() ... }
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementReaders {

  private static final int PEEK = 8192;
  private static final Pattern SWIFT_TAG = Pattern.compile("(?m)^:(20|25|28C?|60[FM]|61|86|62[FM]|34F|13D):");

  private static final StatementReader CAMT = new CamtReader();
  private static final StatementReader MT940 = new Mt940Reader();
  private static final StatementReader BAI2 = new Bai2Reader();

  private StatementReaders() {}

  /** The camt.052/053/054 reader (001.01 to 001.13), hardened StAX. */
  public static StatementReader camt() {
    return CAMT;
  }

  /** The MT940/MT942 reader. */
  public static StatementReader mt940() {
    return MT940;
  }

  /** The BAI2 reader. */
  public static StatementReader bai2() {
    return BAI2;
  }

  /** The reader for {@code format}. */
  public static StatementReader of(StatementFormat format) {
    switch (Checks.notNull(format, "format")) {
      case CAMT_052:
      case CAMT_053:
      case CAMT_054:
        return CAMT;
      case MT940:
      case MT942:
        return MT940;
      default:
        return BAI2;
    }
  }

  /**
   * Reads every statement of a file whose format is detected from its content.
   *
   * @param in the file's bytes (not closed here)
   * @param source the name used in messages, usually the file name
   * @throws ValidationException when the content is not a readable statement file
   */
  public static StatementFile read(InputStream in, String source) {
    BufferedInputStream buffered = new BufferedInputStream(Checks.notNull(in, "in"), PEEK);
    return detected(buffered, source).readAll(buffered, source);
  }

  /**
   * Streams the statements of a file whose format is detected from its content, one at a time.
   *
   * @return the format read
   */
  public static StatementFormat forEach(InputStream in, String source,
      Consumer<BankStatement> sink) {
    BufferedInputStream buffered = new BufferedInputStream(Checks.notNull(in, "in"), PEEK);
    return detected(buffered, source).read(buffered, source, Checks.notNull(sink, "sink"));
  }

  private static StatementReader detected(BufferedInputStream in, String source) {
    Checks.notBlank(source, "source");
    String head = peek(in, source);
    return detect(head).map(StatementReaders::of).orElseThrow(() -> ValidationException.at(
        InputPosition.ofSource(source), "format", Optional.empty(),
        "is not recognised: the file is not a camt.053, camt.054, camt.052, MT940, MT942 or BAI2"
            + " statement"));
  }

  /**
   * The format the beginning of a file shows, if any: XML with a camt root or namespace, BAI2's
   * {@code 01,} file header, or SWIFT tags such as {@code :20:} and {@code :61:}. For XML the
   * result is {@code CAMT_053} or {@code CAMT_054} as far as the beginning tells; the camt reader
   * reads both.
   *
   * @param head the first few kilobytes of the file as text
   */
  public static Optional<StatementFormat> detect(String head) {
    String text = Checks.notNull(head, "head");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("<")) {
      if (trimmed.contains("camt.054") || trimmed.contains("BkToCstmrDbtCdtNtfctn")) {
        return Optional.of(StatementFormat.CAMT_054);
      }
      if (trimmed.contains("camt.052") || trimmed.contains("BkToCstmrAcctRpt")) {
        return Optional.of(StatementFormat.CAMT_052);
      }
      return Optional.of(StatementFormat.CAMT_053);
    }
    if (trimmed.startsWith("01,")) {
      return Optional.of(StatementFormat.BAI2);
    }
    if (SWIFT_TAG.matcher(text.replace("\r", "\n")).find() || trimmed.startsWith("{1:")) {
      return Optional.of(trimmed.contains(":34F:") || trimmed.contains("{2:O942")
          || trimmed.contains("{2:I942") ? StatementFormat.MT942 : StatementFormat.MT940);
    }
    return Optional.empty();
  }

  private static String peek(BufferedInputStream in, String source) {
    try {
      in.mark(PEEK);
      byte[] bytes = in.readNBytes(PEEK);
      in.reset();
      return new String(bytes, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new CredereException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }
}
