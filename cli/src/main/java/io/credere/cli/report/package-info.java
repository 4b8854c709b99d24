/**
 * Writing what the commands produce: a {@link io.credere.cli.report.Report} (named columns, typed
 * cells) written as CSV, JSON or an Excel workbook by {@link io.credere.cli.report.ReportWriter},
 * with the contract's number formats and CSV-injection safety.
 */
package io.credere.cli.report;
