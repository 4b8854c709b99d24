/**
 * The flows between domain modules that a host calls for a month-end: bank transactions into
 * incoming payments, allocation results into short-payment disputes and applied payments,
 * disputes, promises, plans and escalations into dunning exclusions. Depends on the domain
 * modules; pure (no I/O, no clock).
 */
package io.credere.workflow;
