package io.credere.io;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The contract's CSV dialect read record by record from bytes, without a String per field: comma
 * separated, RFC 4180 quoting (a quoted field may hold commas, line ends and doubled quotes), line
 * ends {@code \n}, {@code \r\n} or a lone {@code \r}, a UTF-8 byte order mark skipped, blank lines
 * skipped.
 *
 * <p>The fields of the current record are byte ranges of an internal buffer, valid until the next
 * call of {@link #next()}. Memory is bounded: a record longer than {@link #MAX_RECORD_BYTES}
 * (a one-line file of a gigabyte, a quote never closed) is an error naming its line, read no
 * further. A quote left open at the end of the file is an error naming the line where it opened.
 */
final class CsvParser implements AutoCloseable {

  /** The longest record read, in bytes. */
  static final int MAX_RECORD_BYTES = 4 << 20;

  private static final int INITIAL_BUFFER = 1 << 20;

  private final InputStream in;
  private final String source;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  /** Byte offset in the input of {@code buf[0]}. */
  private long bufOffset;
  /** The physical line at {@code pos}. */
  private long line = 1;
  private boolean started;
  /** Whether a byte order mark at the start is skipped (not when reading from inside a file). */
  private boolean byteOrderMark = true;

  // the current record (its field arrays are the parser's, grown in place)
  private final CsvRecord record;
  private int[] starts;
  private int[] ends;
  private boolean[] escaped = new boolean[32];
  private boolean anyEscaped;

  CsvParser(InputStream in, String source) {
    this(in, source, 1, INITIAL_BUFFER);
  }

  /** A parser whose first line is numbered {@code firstLine}. */
  CsvParser(InputStream in, String source, long firstLine, long expectedBytes) {
    this.in = in;
    this.source = source;
    this.line = firstLine;
    this.buf = new byte[(int) Math.max(256, Math.min(INITIAL_BUFFER, expectedBytes + 8))];
    this.record = new CsvRecord(source, 32);
    this.starts = record.starts;
    this.ends = record.ends;
  }

  /**
   * A parser that starts at a record inside a file, not at its beginning: the bytes of a byte
   * order mark there are the record's text, as they are to a parser that read up to it.
   */
  CsvParser fromInside() {
    byteOrderMark = false;
    return this;
  }

  /**
   * Moves to the next record, skipping blank lines.
   *
   * @return false at the end of the input
   * @throws ValidationException when a quote is never closed or a record is too long
   * @throws IOException when the input cannot be read
   */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      fill();
      if (byteOrderMark && limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB
          && buf[pos + 2] == (byte) 0xBF) {
        pos += 3;
      }
    }
    while (true) {
      if (pos >= limit) {
        if (eof) {
          return false;
        }
        fill();
        continue;
      }
      int result = parse();
      if (result > 0) {
        return true;
      }
      if (result == 0) {
        continue; // a blank line
      }
      // incomplete: more bytes are needed
      if (eof) {
        throw new IllegalStateException("unreachable: an incomplete record at the end");
      }
      fill();
    }
  }

  /**
   * Parses one record from {@code pos}: 1 when read, 0 for a blank line (skipped), -1 when the
   * buffer ends before the record does (and more input may follow).
   */
  private int parse() {
    final byte[] b = buf;
    final int lim = limit;
    int i = pos;
    long ln = line;
    int f = 0;
    boolean high = false;
    boolean anyEsc = false;
    String problem = null;
    // a blank line
    if (b[i] == '\n') {
      pos = i + 1;
      line = ln + 1;
      return 0;
    }
    if (b[i] == '\r') {
      if (i + 1 < lim) {
        pos = b[i + 1] == '\n' ? i + 2 : i + 1;
      } else if (eof) {
        pos = i + 1;
      } else {
        return -1;
      }
      line = ln + 1;
      return 0;
    }
    while (true) {
      if (f == starts.length) {
        grow();
      }
      int start = i;
      int end;
      boolean esc = false;
      if (i < lim && b[i] == '"') {
        long quoteLine = ln;
        int j = i + 1;
        while (true) {
          if (j >= lim) {
            if (!eof) {
              return incomplete(quoteLine, true);
            }
            throw ValidationException.at(InputPosition.ofLine(source, quoteLine), "csv",
                Optional.empty(), "a quote opened on line " + quoteLine
                    + " is never closed (the rest of the file would be read as one field)");
          }
          byte c = b[j];
          if (c == '"') {
            if (j + 1 < lim) {
              if (b[j + 1] == '"') {
                esc = true;
                j += 2;
                continue;
              }
              break;
            }
            if (!eof) {
              return incomplete(quoteLine, true);
            }
            break;
          } else if (c == '\n') {
            ln++;
          } else if (c == '\r') {
            if (j + 1 < lim) {
              if (b[j + 1] != '\n') {
                ln++;
              }
            } else if (eof) {
              ln++;
            } else {
              return incomplete(quoteLine, true);
            }
          } else if (c < 0) {
            high = true;
          }
          j++;
        }
        start = i + 1;
        end = j;
        i = j + 1;
        // after the closing quote: a comma, a line end or the end
        if (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
          if (problem == null) {
            problem = "has text after the closing quote of field " + (f + 1)
                + " (a quote inside a quoted field is written as two quotes)";
          }
          while (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
            high |= b[i] < 0;
            i++;
          }
          end = i;
        }
      } else {
        while (i < lim) {
          byte c = b[i];
          if (c > ',') {
            i++;
          } else if (c == ',' || c == '\n' || c == '\r') {
            break;
          } else {
            high |= c < 0;
            i++;
          }
        }
        end = i;
      }
      starts[f] = start;
      ends[f] = end;
      escaped[f] = esc;
      anyEsc |= esc;
      f++;
      if (i >= lim) {
        if (!eof) {
          return incomplete(line, false);
        }
        finish(f, high, anyEsc, problem, ln, i);
        pos = i;
        line = ln;
        return 1;
      }
      byte c = b[i];
      if (c == ',') {
        i++;
        if (i >= lim && !eof) {
          return incomplete(line, false);
        }
        continue;
      }
      // a line end; whether a \r at the end of the buffer is followed by \n must be known
      // before the record is finished: finishing unescapes its quotes in the buffer, and a record
      // parsed again over unescaped bytes would misread them
      int next;
      if (c == '\n') {
        next = i + 1;
      } else if (i + 1 < lim) {
        next = i + (b[i + 1] == '\n' ? 2 : 1);
      } else if (eof) {
        next = i + 1;
      } else {
        return incomplete(line, false);
      }
      finish(f, high, anyEsc, problem, ln, i);
      pos = next;
      line = ln + 1;
      return 1;
    }
  }

  private void finish(int fields, boolean high, boolean anyEsc, String problem, long lastLine,
      int endOfRecord) {
    CsvRecord r = record;
    r.buf = buf;
    r.starts = starts;
    r.ends = ends;
    r.count = fields;
    r.nonAscii = high;
    anyEscaped = anyEsc;
    r.problem = problem;
    r.line = line;
    r.recordStart = pos;
    r.recordEnd = endOfRecord;
    r.offset = bufOffset + pos;
    if (anyEsc) {
      for (int k = 0; k < fields; k++) {
        if (escaped[k]) {
          unescape(k);
        }
      }
    }
  }

  /** Turns the doubled quotes of a quoted field into one, in place (the record is complete). */
  private void unescape(int field) {
    int w = starts[field];
    int r = w;
    int end = ends[field];
    while (r < end) {
      byte c = buf[r++];
      buf[w++] = c;
      if (c == '"' && r < end && buf[r] == '"') {
        r++;
      }
    }
    ends[field] = w;
  }

  /** The buffer ends inside the record: checks the bound and asks for more bytes. */
  private int incomplete(long fromLine, boolean inQuote) {
    if (limit - pos >= MAX_RECORD_BYTES) {
      String rule = inQuote
          ? "a quote opened on line " + fromLine + " is not closed within "
              + (MAX_RECORD_BYTES >> 20) + " MiB (the rest of the file would be read as one field)"
          : "a row longer than " + (MAX_RECORD_BYTES >> 20) + " MiB starts here (is this a CSV "
              + "file with line ends \\n, \\r\\n or \\r?)";
      throw ValidationException.at(InputPosition.ofLine(source, inQuote ? fromLine : line), "csv",
          Optional.empty(), rule);
    }
    return -1;
  }

  private void grow() {
    int n = starts.length * 2;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    escaped = Arrays.copyOf(escaped, n);
  }

  /** Keeps the bytes from {@code pos} and reads more after them. */
  private void fill() throws IOException {
    if (pos > 0) {
      int keep = limit - pos;
      System.arraycopy(buf, pos, buf, 0, keep);
      bufOffset += pos;
      limit = keep;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD_BYTES + 8));
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
      // read on until the buffer is full or the input ends, so that records rarely straddle
      while (limit < buf.length) {
        n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
          break;
        }
        limit += n;
      }
    }
  }

  // ---- the current record

  /** The current record (the same object, refilled by each {@link #next()}). */
  CsvRecord record() {
    return record;
  }

  String source() {
    return source;
  }

  int count() {
    return record.count;
  }

  byte[] buffer() {
    return buf;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  /** The line on which the current record starts. */
  long recordLine() {
    return record.line;
  }

  /** The byte offset in the input where the current record starts. */
  long recordOffset() {
    return record.offset;
  }

  /** Whether the record holds a byte outside ASCII (then its text is checked as UTF-8). */
  boolean nonAscii() {
    return record.nonAscii;
  }

  /** What is wrong with the record's quoting, or null. */
  String recordProblem() {
    return record.problem;
  }

  boolean anyEscaped() {
    return anyEscaped;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
