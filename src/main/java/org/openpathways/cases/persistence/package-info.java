/** The case rows, with the identity encrypted. */
@NullMarked
package org.openpathways.cases.persistence;

import org.jspecify.annotations.NullMarked;
