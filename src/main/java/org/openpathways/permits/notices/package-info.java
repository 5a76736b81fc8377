/** What the holder is told about their permits, after the change has committed. */
@NullMarked
package org.openpathways.permits.notices;

import org.jspecify.annotations.NullMarked;
