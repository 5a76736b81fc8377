/** Demo mode: a bilateral seasonal work agreement with a quota partly used, and a regional free-movement protocol. */
@NullMarked
package org.openpathways.agreements.demo;

import org.jspecify.annotations.NullMarked;
