/**
 * Shared test support, published in {@code credere-core}'s test-jar for every module:
 * QuickTheories generators ({@link io.credere.core.testing.CoreGenerators}), the property-test
 * settings ({@link io.credere.core.testing.PropertyTesting}) and the house ArchUnit rules
 * ({@link io.credere.core.testing.CredereArchRules}).
 */
package io.credere.core.testing;
