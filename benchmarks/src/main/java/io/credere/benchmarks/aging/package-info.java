/** JMH benchmarks of the aging module: the columnar bulk path on 10M items. */
package io.credere.benchmarks.aging;
