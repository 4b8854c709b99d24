/**
 * The collector's day: the {@code promises}, {@code disputes} and {@code refunds} commands and the
 * {@code --contacts} options of {@code worklist} and {@code dunning} (promises kept or broken,
 * short payments opened as disputes, credit balances offset or refunded). The demo's steps that
 * use them live in {@link io.credere.cli.demo}.
 */
package io.credere.cli.casework;
