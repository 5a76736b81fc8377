/**
 * Eligibility rule sets as JSON documents, read strictly: every problem is reported with the JSON path of the
 * offending element and its line.
 */
@NullMarked
package org.openpathways.pathways.rules.json;

import org.jspecify.annotations.NullMarked;
