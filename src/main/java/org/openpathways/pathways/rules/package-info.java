/**
 * Eligibility rules as data: criteria over the facts of a person and their application, evaluated in three-valued
 * logic with an explanation per criterion, and fee schedules with waivers. Pure domain code, without framework or
 * storage; the JSON form is in {@code rules.json}. Published to other modules (applications judge their answers with
 * it), so that they read rules and explanations as they are rather than copies of them.
 */
@NullMarked
@NamedInterface("rules")
package org.openpathways.pathways.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
