package io.credere.statements.internal;

import io.credere.core.error.CredereException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an XML file, decoded here rather than by the JDK parser (which prints
 * {@code [Fatal Error]} on standard error for bytes that are not valid in the encoding): the
 * encoding from the byte order mark, else the XML declaration, else UTF-8; bytes that are not
 * valid in it are an input error naming the line. Not thread-safe.
 */
final class XmlText extends Reader {

  private static final int PROLOG = 512;
  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private final InputStream in;
  private final String source;
  private final CharsetDecoder decoder;
  private final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
  private final java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
  private boolean eof;
  private long line = 1;

  private XmlText(InputStream in, String source, CharsetDecoder decoder) {
    this.in = in;
    this.source = source;
    this.decoder = decoder;
    bytes.flip();
    chars.flip();
  }

  /** A reader of {@code bytes} in the encoding the file declares. */
  static Reader of(InputStream bytes, String source) {
    BufferedInputStream buffered = new BufferedInputStream(bytes, 1 << 16);
    Charset charset = StandardCharsets.UTF_8;
    try {
      buffered.mark(PROLOG);
      byte[] head = buffered.readNBytes(PROLOG);
      buffered.reset();
      int skip = 0;
      if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF) {
        skip = 3;
      } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        charset = StandardCharsets.UTF_16BE;
        skip = 2;
      } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        charset = StandardCharsets.UTF_16LE;
        skip = 2;
      } else {
        Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (m.find()) {
          charset = charset(m.group(1), source);
        }
      }
      buffered.skipNBytes(skip);
    } catch (IOException e) {
      throw new CredereException("cannot read " + source + ": " + e.getMessage(), e);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new XmlText(buffered, source, decoder);
  }

  private static Charset charset(String name, String source) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw Inputs.error(Inputs.at(source, 1, 0), "encoding", name,
          "is not an encoding this reader knows (UTF-8 and ISO-8859-1 are usual)");
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    while (!chars.hasRemaining()) {
      if (eof && !bytes.hasRemaining()) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes the next bytes; bytes not valid in the encoding are an error naming their line. */
  private void fill() throws IOException {
    bytes.compact();
    if (!eof) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    }
    bytes.flip();
    chars.clear();
    int start = bytes.position();
    java.nio.charset.CoderResult result = decoder.decode(bytes, chars, eof);
    if (eof && !result.isError()) {
      result = decoder.flush(chars);
    }
    for (int i = start; i < bytes.position(); i++) {
      if (bytes.get(i) == '\n') {
        line++;
      }
    }
    chars.flip();
    if (result.isError() && !chars.hasRemaining()) {
      throw Inputs.error(Inputs.at(source, line, 0), "encoding", decoder.charset().name(),
          "does not fit the bytes on this line: the file is not valid "
              + decoder.charset().name());
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
