/**
 * The collector's worklist: {@link io.credere.collections.worklist.Worklist#rank} orders the
 * accounts with overdue items by a {@link io.credere.collections.worklist.WorklistStrategy}
 * (default {@link io.credere.collections.worklist.WorklistStrategy#standard()}: broken promises
 * first, then amount overdue x days overdue x risk weight), each
 * {@link io.credere.collections.worklist.WorklistEntry} with its reason.
 */
@CredereStyle
package io.credere.collections.worklist;

import io.credere.core.CredereStyle;
