package io.credere.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgingBucketsTest {

  @Test
  void names_standard_due_date_columns_as_the_contract() {
    assertThat(AgingBuckets.standard(AgingBasis.DUE_DATE).names())
        .containsExactly("current", "1-30", "31-60", "61-90", "91+");
  }

  @Test
  void names_standard_document_date_columns_as_the_contract() {
    assertThat(AgingBuckets.standard(AgingBasis.DOCUMENT_DATE).names())
        .containsExactly("0-30", "31-60", "61-90", "91+");
  }

  @Test
  void names_custom_boundaries_the_same_way() {
    assertThat(AgingBuckets.of(AgingBasis.DUE_DATE, 15, 45).names())
        .containsExactly("current", "1-15", "16-45", "46+");
    assertThat(AgingBuckets.of(AgingBasis.DOCUMENT_DATE, 7).names())
        .containsExactly("0-7", "8+");
  }

  @Test
  void ages_item_due_today_as_current_and_one_day_late_in_the_first_overdue_bucket() {
    AgingBuckets buckets = AgingBuckets.standard(AgingBasis.DUE_DATE);
    assertThat(buckets.bucketOf(-400)).isZero();
    assertThat(buckets.bucketOf(0)).isZero();
    assertThat(buckets.bucketOf(1)).isEqualTo(1);
    assertThat(buckets.bucketOf(30)).isEqualTo(1);
    assertThat(buckets.bucketOf(31)).isEqualTo(2);
    assertThat(buckets.bucketOf(90)).isEqualTo(3);
    assertThat(buckets.bucketOf(91)).isEqualTo(4);
    assertThat(buckets.bucketOf(100_000)).isEqualTo(4);
  }

  @Test
  void ages_document_dated_later_or_up_to_30_days_in_the_first_column() {
    AgingBuckets buckets = AgingBuckets.standard(AgingBasis.DOCUMENT_DATE);
    assertThat(buckets.bucketOf(-5)).isZero();
    assertThat(buckets.bucketOf(30)).isZero();
    assertThat(buckets.bucketOf(31)).isEqualTo(1);
    assertThat(buckets.bucketOf(91)).isEqualTo(3);
  }

  @Test
  void lookup_table_agrees_with_bucket_of() {
    AgingBuckets buckets = AgingBuckets.of(AgingBasis.DUE_DATE, 10, 20);
    int[] table = buckets.lookupTable();
    for (int age = 0; age < table.length; age++) {
      assertThat(table[age]).isEqualTo(buckets.bucketOf(age));
    }
    assertThat(table[table.length - 1]).isEqualTo(buckets.size() - 1);
  }

  @Test
  void rejects_boundaries_not_ascending_or_below_one() {
    assertThatThrownBy(() -> AgingBuckets.of(AgingBasis.DUE_DATE, 30, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Aging bucket boundaries must be ascending, but 30 follows 30");
    assertThatThrownBy(() -> AgingBuckets.of(AgingBasis.DUE_DATE, 0, 30))
        .hasMessage("Aging bucket boundaries must be at least 1 day, but was 0");
    assertThatThrownBy(() -> AgingBuckets.of(AgingBasis.DUE_DATE))
        .hasMessage("Aging buckets need at least one boundary");
  }

  @Test
  void equal_by_basis_and_boundaries() {
    assertThat(AgingBuckets.of(AgingBasis.DUE_DATE, 30, 60, 90))
        .isEqualTo(AgingBuckets.standard(AgingBasis.DUE_DATE))
        .isNotEqualTo(AgingBuckets.standard(AgingBasis.DOCUMENT_DATE));
  }
}
