package io.credere.io;

import io.credere.core.item.OpenItem;
import io.credere.core.item.OpenItemColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a ledger read puts its good rows: items in a list ({@link LedgerFile#read}) or columns
 * ({@link LedgerFile#readColumns}). A read in two halves fills one store a half and moves the
 * second half's rows into the first's in file order ({@link #addFrom}).
 */
abstract class ItemStore {

  /**
   * Stores the decoded row after the others.
   *
   * @return the row's index in this store
   * @throws io.credere.core.error.ValidationException worded at the row's position when the
   *     row breaks an item's rules
   */
  abstract int add(LedgerRecord record, SharedValues shared);

  /** An empty store of the same kind, for about {@code rows} rows. */
  abstract ItemStore another(long rows);

  /** Stores row {@code index} of {@code other} (a store made by {@link #another}) after these. */
  abstract void addFrom(ItemStore other, int index);

  private static int capacity(long rows) {
    return (int) Math.max(16, Math.min(rows, 1 << 26));
  }

  /** The items, in a list. */
  static final class Items extends ItemStore {
    final List<OpenItem> items;

    Items(long rows) {
      items = new ArrayList<>(capacity(rows));
    }

    @Override
    int add(LedgerRecord record, SharedValues shared) {
      items.add(record.toItem(shared));
      return items.size() - 1;
    }

    @Override
    ItemStore another(long rows) {
      return new Items(rows);
    }

    @Override
    void addFrom(ItemStore other, int index) {
      items.add(((Items) other).items.get(index));
    }
  }

  /** The items as columns: no object per row. */
  static final class Columns extends ItemStore {
    private final OpenItemColumns.Builder builder;
    private OpenItemColumns built;

    Columns(long rows) {
      builder = OpenItemColumns.builder(capacity(rows));
    }

    @Override
    int add(LedgerRecord record, SharedValues shared) {
      int index = builder.size();
      record.addTo(builder, shared);
      return index;
    }

    @Override
    ItemStore another(long rows) {
      return new Columns(rows);
    }

    @Override
    void addFrom(ItemStore other, int index) {
      builder.addRow(((Columns) other).columns(), index);
    }

    /** The columns (the store takes no more rows then). */
    OpenItemColumns columns() {
      if (built == null) {
        built = builder.build();
      }
      return built;
    }
  }
}
