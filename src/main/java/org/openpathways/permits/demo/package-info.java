/** Demo mode: a few permits for the demo applicant, so the permit pages show something. */
@NullMarked
package org.openpathways.permits.demo;

import org.jspecify.annotations.NullMarked;
