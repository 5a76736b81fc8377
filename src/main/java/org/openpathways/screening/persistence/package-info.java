/** The screening and children's records, with answers, views and names encrypted. */
@NullMarked
package org.openpathways.screening.persistence;

import org.jspecify.annotations.NullMarked;
