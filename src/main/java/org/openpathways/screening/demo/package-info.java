/** Demo mode: screened cases at every rating and children's cases at every stage. */
@NullMarked
package org.openpathways.screening.demo;

import org.jspecify.annotations.NullMarked;
