/**
 * {@link io.credere.core.explain.Explanation}: why a result came out as it did. Every decision
 * the library makes (a match, a score, a hold, a dunning level) carries one.
 */
@CredereStyle
package io.credere.core.explain;

import io.credere.core.CredereStyle;
