/** The rules of an application that need no storage: the statutory clock, references, completeness. */
@NullMarked
package org.openpathways.applications.domain;

import org.jspecify.annotations.NullMarked;
