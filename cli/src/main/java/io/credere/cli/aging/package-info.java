/**
 * {@code ./credere aging} and {@code ./credere kpi}: the aged receivables report and the AR KPIs
 * exactly as the file contract fixes them, and the fast streaming reader that ages a ledger of
 * millions of rows straight into the columnar form.
 */
package io.credere.cli.aging;
