/**
 * Reading the files an ERP exports: the contract's CSV files ({@link io.credere.cli.io.CsvInput})
 * turned into core values, every error naming file, line, column and value, bad rows either
 * stopping the run or written to a rejects file ({@link io.credere.cli.io.Rejects}).
 *
 * <p>Domain modules never see a file: this package turns rows into values.
 */
package io.credere.cli.io;
