/** Demo data for case management. */
@NullMarked
package org.openpathways.cases.demo;

import org.jspecify.annotations.NullMarked;
