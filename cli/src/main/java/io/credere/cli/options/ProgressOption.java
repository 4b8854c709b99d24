package io.credere.cli.options;

import io.credere.io.Progress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;
import picocli.CommandLine.Option;

/**
 * The {@code --quiet} option and the progress of a long read on standard error: rows read, rate
 * and time left, as a bar redrawn in place when standard error is a terminal, a line every few
 * seconds otherwise; nothing at all with {@code --quiet}, and nothing for a run shorter than the
 * first interval.
 */
public final class ProgressOption {

  @Option(names = "--quiet", description = "Show no progress on standard error.")
  boolean quiet;

  /** The progress reporter the options ask for, writing to {@code err}. */
  public Progress open(PrintWriter err) {
    if (quiet) {
      return Progress.NONE;
    }
    boolean terminal = System.console() != null && System.getenv("TERM") != null
        && !"dumb".equals(System.getenv("TERM"));
    return new Reporter(err, terminal, terminal ? 250_000_000L : 5_000_000_000L,
        System::nanoTime);
  }

  /** Reports at most every {@code interval} nanoseconds, the first after one interval. */
  static final class Reporter implements Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long interval;
    private final LongSupplier clock;
    private final long start;
    private long next;
    private boolean drawn;

    Reporter(PrintWriter err, boolean terminal, long interval, LongSupplier clock) {
      this.err = err;
      this.terminal = terminal;
      this.interval = interval;
      this.clock = clock;
      this.start = clock.getAsLong();
      this.next = start + Math.max(interval, 1_000_000_000L);
    }

    @Override
    public void update(String source, long rows, long bytes, long totalBytes) {
      long now = clock.getAsLong();
      boolean done = totalBytes > 0 && bytes >= totalBytes;
      if (now < next && !(done && drawn)) {
        return;
      }
      next = now + interval;
      err.print(line(source, rows, bytes, totalBytes, now - start, terminal));
      err.print(terminal && !done ? "\r" : "\n");
      err.flush();
      drawn = !done;
    }
  }

  /** One progress line: file, rows, share done, rate and time left. */
  static String line(String source, long rows, long bytes, long totalBytes, long nanos,
      boolean bar) {
    double seconds = Math.max(nanos / 1e9, 1e-3);
    double share = totalBytes > 0 ? Math.min(1.0, (double) bytes / totalBytes) : 0;
    StringBuilder text = new StringBuilder("credere: ").append(source).append(": ");
    if (bar && totalBytes > 0) {
      int width = 24;
      int filled = (int) Math.round(share * width);
      text.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled))
          .append("] ");
    }
    text.append(String.format(java.util.Locale.ROOT, "%,d rows", rows));
    if (totalBytes > 0) {
      text.append(String.format(java.util.Locale.ROOT, " (%.0f%%)", share * 100));
    }
    text.append(String.format(java.util.Locale.ROOT, ", %,.0f rows/s", rows / seconds));
    if (totalBytes > 0 && share > 0 && share < 1) {
      long left = Math.round(seconds * (1 - share) / share);
      text.append(String.format(java.util.Locale.ROOT, ", about %d:%02d left", left / 60,
          left % 60));
    }
    return text.toString();
  }
}
