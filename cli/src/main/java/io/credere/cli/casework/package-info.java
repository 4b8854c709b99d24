/**
 * The demo's casework steps: disputes opened for the sample's short payments
 * ({@link io.credere.cli.casework.DisputesStep}) and offsets or refunds of credit balances
 * ({@link io.credere.cli.casework.RefundsStep}).
 */
package io.credere.cli.casework;
