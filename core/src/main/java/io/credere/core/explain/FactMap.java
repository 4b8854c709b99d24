package io.credere.core.explain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An explanation's facts: an unmodifiable map over one array of names and values in insertion
 * order (name at 2 x i, value at 2 x i + 1). An explanation has a handful of facts, so a lookup
 * walks the names; equal to, and with the hash of, any map of the same entries.
 */
final class FactMap extends AbstractMap<String, String> {

  private final String[] pairs;

  private FactMap(String[] pairs) {
    this.pairs = pairs;
  }

  @Override
  public int size() {
    return pairs.length / 2;
  }

  private int indexOf(Object key) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int at = indexOf(key);
    return at < 0 ? null : pairs[at + 1];
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return pairs.length / 2;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < pairs.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= pairs.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> entry =
                new AbstractMap.SimpleImmutableEntry<>(pairs[next], pairs[next + 1]);
            next += 2;
            return entry;
          }
        };
      }
    };
  }

  /** Collects facts in order; a name put again keeps its place and takes the new value. */
  static final class Builder {
    private String[] pairs = new String[16];
    private int length;

    void put(String key, String value) {
      for (int i = 0; i < length; i += 2) {
        if (pairs[i].equals(key)) {
          pairs[i + 1] = value;
          return;
        }
      }
      if (length == pairs.length) {
        pairs = Arrays.copyOf(pairs, 2 * length);
      }
      pairs[length++] = key;
      pairs[length++] = value;
    }

    /** The facts: the empty map, or an unmodifiable map of exactly the facts put. */
    Map<String, String> build() {
      return length == 0 ? Collections.emptyMap()
          : new FactMap(Arrays.copyOf(pairs, length));
    }
  }
}
