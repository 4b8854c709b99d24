package io.credere.statements.internal;

import io.credere.core.error.InputPosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text statement file, streamed: {@code \n}, {@code \r\n} or {@code \r} ends a
 * line; each line is decoded as UTF-8, or as ISO-8859-1 when it is not valid UTF-8 (banks send
 * both). Lines longer than {@link #MAX_LINE} bytes are an input error. Not thread-safe.
 */
final class Lines {

  /** Longest line accepted, in bytes. */
  static final int MAX_LINE = 100_000;

  private final InputStream in;
  private final String source;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private long number;
  private boolean pendingCr;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  Lines(InputStream in, String source) {
    this.in = Inputs.limited(in, source);
    this.source = source;
  }

  /** The 1-based number of the line last returned. */
  long number() {
    return number;
  }

  /** A position at the line last returned. */
  InputPosition position() {
    return Inputs.at(source, number, 0);
  }

  /** The next line without its end, or null at the end of the input. */
  String next() {
    int length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (!fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      byte b = buffer[pos++];
      if (pendingCr) {
        pendingCr = false;
        if (b == '\n') {
          continue;
        }
      }
      any = true;
      if (b == '\n') {
        break;
      }
      if (b == '\r') {
        pendingCr = true;
        break;
      }
      if (length == line.length) {
        if (length >= MAX_LINE) {
          throw Inputs.error(Inputs.at(source, number + 1, 0), "line", null,
              "is longer than " + MAX_LINE + " bytes: not a statement file");
        }
        line = java.util.Arrays.copyOf(line, length * 2);
      }
      line[length++] = b;
    }
    number++;
    int start = 0;
    while (start < length && isControl(line[start])) {
      start++;
    }
    int end = length;
    while (end > start && isControl(line[end - 1])) {
      end--;
    }
    if (start > 0) {
      System.arraycopy(line, start, line, 0, end - start);
    }
    return decode(end - start);
  }

  /**
   * The transmission characters banks leave around the text (SOH and ETX of a SWIFT FIN block,
   * Ctrl-Z at the end of a DOS file, NUL padding): every C0 control but the tab.
   */
  private static boolean isControl(byte b) {
    return b >= 0 && b < 0x20 && b != '\t';
  }

  private String decode(int length) {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (line[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
    int start = 0;
    if (number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF) {
      start = 3;
    }
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(line, start, length - start));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return new String(line, start, length - start, StandardCharsets.ISO_8859_1);
    }
  }

  private boolean fill() {
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new io.credere.core.error.CredereException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }
}
