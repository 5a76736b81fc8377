/** Demo mode: a few protection cases not yet screened, at the consulate and through an application. */
@NullMarked
package org.openpathways.cases.demo;

import org.jspecify.annotations.NullMarked;
