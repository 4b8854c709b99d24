package io.credere.statements;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one statement format from a stream, handing each statement to {@code sink} as soon as it
 * is complete: only the statement being read is held in memory, never the whole file.
 *
 * <p>Built-ins: {@link StatementReaders#camt()}, {@link StatementReaders#mt940()},
 * {@link StatementReaders#bai2()}; {@link StatementReaders#read(InputStream, String)} detects the
 * format. Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface StatementReader {

  /**
   * Reads every statement of {@code in} (not closed here).
   *
   * @param in the file's bytes
   * @param source how to name the input in messages (usually the file name), not blank
   * @param sink receives each statement in file order
   * @return the format read
   * @throws io.credere.core.error.ValidationException naming source, line and column when the
   *     input is not a readable statement (broken, truncated, hostile, or holding no statement)
   */
  StatementFormat read(InputStream in, String source, Consumer<BankStatement> sink);

  /** Reads every statement of {@code in} into a {@link StatementFile}. */
  default StatementFile readAll(InputStream in, String source) {
    List<BankStatement> statements = new ArrayList<>();
    StatementFormat format = read(in, source, statements::add);
    return StatementFile.of(source, format, statements);
  }
}
