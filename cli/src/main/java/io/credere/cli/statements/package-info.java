/** {@code credere statement}: bank statement files (camt.053/054, MT940/MT942, BAI2) as rows. */
package io.credere.cli.statements;
