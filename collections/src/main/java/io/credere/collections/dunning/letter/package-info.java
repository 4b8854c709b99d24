/**
 * Dunning letters and emails rendered from Mustache templates (JMustache) in English and German:
 * {@link io.credere.collections.dunning.letter.DunningLetters} turns a
 * {@link io.credere.collections.dunning.DunningProposal} and the creditor's
 * {@link io.credere.collections.dunning.letter.Letterhead} into a
 * {@link io.credere.collections.dunning.letter.DunningLetter}, stating the documents, the fee,
 * and the statutory interest and compensation claimed with their legal basis.
 *
 * <p>The built-in templates are resources of this jar, read through the class loader; a host may
 * pass its own template texts instead.
 */
@CredereStyle
package io.credere.collections.dunning.letter;

import io.credere.core.CredereStyle;
