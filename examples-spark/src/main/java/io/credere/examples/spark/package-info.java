/**
 * Beyond one machine: Credere on Apache Spark. {@link io.credere.examples.spark.SparkAgingJob}
 * ages a partitioned ledger with the mergeable {@link io.credere.aging.AgingReport} (one partial
 * report per partition, merged by a tree reduce), and
 * {@link io.credere.examples.spark.SparkPaymentBehaviourJob} computes each customer's payment
 * behaviour with scoring's own {@link io.credere.scoring.PaymentBehaviourAnalysis}, grouped by
 * customer. Both give exactly the single-machine result.
 *
 * <p>The library's values are not {@link java.io.Serializable}; what crosses the wire between
 * Spark tasks is in primitive form ({@link io.credere.examples.spark.PartialAging},
 * {@link io.credere.examples.spark.PolicySpec}, {@link io.credere.examples.spark.HistoryRecord})
 * and is rebuilt into library values on the other side.
 */
package io.credere.examples.spark;
