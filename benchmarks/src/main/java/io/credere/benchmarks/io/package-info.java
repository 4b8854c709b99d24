/**
 * JMH benchmarks of the file-contract reader ({@code credere-io}): rows per second of the ledger
 * reader on realistic ERP and Excel-shaped files, beside FastCSV and DuckDB reading the same file.
 */
package io.credere.benchmarks.io;
