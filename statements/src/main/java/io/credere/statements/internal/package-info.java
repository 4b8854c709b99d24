/**
 * The readers behind {@link io.credere.statements.StatementReaders}: a hardened StAX reader for
 * camt.053/054, line readers for MT940/MT942 and BAI2, and their shared parsing helpers. Not API.
 */
package io.credere.statements.internal;
