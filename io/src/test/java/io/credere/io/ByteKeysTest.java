package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteKeys} against a {@link HashMap} of the same keys: keys of every length around the
 * 16 bytes kept beside the hash, keys that differ only after them, keys that differ by a trailing
 * zero byte, keys inside larger buffers, and hashes that collide on purpose (a key must never be
 * found by another key's hash alone).
 */
class ByteKeysTest {

  @Test
  void finds_exactly_the_keys_put_whatever_their_length_and_hash() {
    Random random = new Random(20261202L);
    for (int round = 0; round < 20; round++) {
      ByteKeys keys = new ByteKeys();
      Map<String, Integer> expected = new HashMap<>();
      // a weak hash in some rounds, so that many different keys share one
      boolean weak = round % 2 == 0;
      for (int n = 0; n < (weak ? 3_000 : 20_000); n++) {
        byte[] key = key(random);
        String text = new String(key, StandardCharsets.ISO_8859_1);
        byte[] buffer = embed(random, key);
        int s = buffer.length - key.length - 3;
        long hash = hash(buffer, s, s + key.length, weak);
        int found = keys.find(buffer, s, s + key.length, hash);
        Integer known = expected.get(text);
        assertThat(found).as("key %s", text).isEqualTo(known == null ? -1 : known);
        if (known == null) {
          keys.put(buffer, s, s + key.length, hash, n);
          expected.put(text, n);
        }
      }
      for (Map.Entry<String, Integer> entry : expected.entrySet()) {
        byte[] key = entry.getKey().getBytes(StandardCharsets.ISO_8859_1);
        assertThat(keys.find(key, 0, key.length, hash(key, 0, key.length, weak)))
            .isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void a_key_and_the_same_key_with_a_zero_byte_or_a_later_difference_are_different() {
    ByteKeys keys = new ByteKeys();
    byte[] a = "C-12345".getBytes(StandardCharsets.US_ASCII);
    byte[] zero = "C-12345\0".getBytes(StandardCharsets.US_ASCII);
    byte[] long1 = "CUSTOMER-0000000000000001-A".getBytes(StandardCharsets.US_ASCII);
    byte[] long2 = "CUSTOMER-0000000000000001-B".getBytes(StandardCharsets.US_ASCII);
    keys.put(a, 0, a.length, 42, 1);
    keys.put(long1, 0, long1.length, 42, 2);
    assertThat(keys.find(zero, 0, zero.length, 42)).isEqualTo(-1);
    assertThat(keys.find(long2, 0, long2.length, 42)).isEqualTo(-1);
    assertThat(keys.find(a, 0, a.length, 42)).isEqualTo(1);
    assertThat(keys.find(long1, 0, long1.length, 42)).isEqualTo(2);
    assertThat(keys.find(a, 0, 0, 42)).isEqualTo(-1);
  }

  private static byte[] key(Random random) {
    int length = random.nextInt(4) == 0 ? random.nextInt(40) : 14 + random.nextInt(5);
    byte[] key = new byte[length];
    for (int k = 0; k < length; k++) {
      // few distinct bytes, so that keys share long prefixes; zero bytes included
      key[k] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : '0' + random.nextInt(2));
    }
    return key;
  }

  private static byte[] embed(Random random, byte[] key) {
    byte[] buffer = new byte[key.length + 5 + random.nextInt(20)];
    random.nextBytes(buffer);
    System.arraycopy(key, 0, buffer, buffer.length - key.length - 3, key.length);
    return buffer;
  }

  private static long hash(byte[] b, int s, int e, boolean weak) {
    long hash = DocumentIds.hash(b, s, e);
    return weak ? (hash & 7) + 1 : hash;
  }
}
