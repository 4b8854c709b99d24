package io.credere.statements;

import io.credere.core.Checks;
import java.util.List;

/**
 * What one file held: its source name, its format and its statements in file order.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatementFile {

  private final String source;
  private final StatementFormat format;
  private final List<BankStatement> statements;

  private StatementFile(String source, StatementFormat format, List<BankStatement> statements) {
    this.source = source;
    this.format = format;
    this.statements = statements;
  }

  /** A file's content. */
  public static StatementFile of(String source, StatementFormat format,
      List<BankStatement> statements) {
    return new StatementFile(Checks.notBlank(source, "source"), Checks.notNull(format, "format"),
        List.copyOf(Checks.notNull(statements, "statements")));
  }

  /** The source name given to the reader. */
  public String source() {
    return source;
  }

  /** The detected format. */
  public StatementFormat format() {
    return format;
  }

  /** The statements, in file order. */
  public List<BankStatement> statements() {
    return statements;
  }

  /** Every transaction of every statement, in file order. */
  public List<BankTransaction> transactions() {
    return statements.stream().flatMap(s -> s.transactions().stream()).toList();
  }

  /**
   * Treats unbalanced statements as an error (a host that wants warnings reads
   * {@link BankStatement#balanceCheck()} instead).
   *
   * @return this file
   * @throws io.credere.core.error.ValidationException naming the first unbalanced statement
   */
  public StatementFile requireBalanced() {
    for (BankStatement statement : statements) {
      statement.balanceCheck().requireBalanced(source + " statement "
          + statement.statementId().orElse("#" + (statements.indexOf(statement) + 1)));
    }
    return this;
  }
}
