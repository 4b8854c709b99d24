/**
 * JMH benchmarks of Credere's hot paths and side-by-side comparisons with peers. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar} after {@code mvn -B -DskipTests package};
 * figures are recorded in {@code benchmarks/README.md}.
 */
package io.credere.benchmarks;
