/**
 * The screening questionnaire as data: questions by level with risk and protective factors, and the rating rule that
 * turns answers into a rating, needs and actions. No Spring or database types here.
 */
@NullMarked
package org.openpathways.screening.questionnaire;

import org.jspecify.annotations.NullMarked;
