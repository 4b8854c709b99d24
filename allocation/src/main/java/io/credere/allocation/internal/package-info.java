/**
 * Not API: the ledger index, reference text normalisation, name similarity and the bounded
 * subset search behind the allocation rules. Never import from another module.
 */
package io.credere.allocation.internal;
