/**
 * Eligibility rules as data: criteria over the facts of a person and their application, evaluated in three-valued
 * logic with an explanation per criterion, and fee schedules with waivers. Pure domain code, without framework or
 * storage; the JSON form is in {@code rules.json}.
 */
@NullMarked
package org.openpathways.pathways.rules;

import org.jspecify.annotations.NullMarked;
