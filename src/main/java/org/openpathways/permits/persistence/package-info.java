/** The permits' rows and their history, in plain SQL; holder names and revocation explanations are encrypted here. */
@NullMarked
package org.openpathways.permits.persistence;

import org.jspecify.annotations.NullMarked;
