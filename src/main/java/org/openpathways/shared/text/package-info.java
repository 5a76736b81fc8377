/** Validation of the texts people type, in any script, against markup, control characters and broken encodings. */
@NullMarked
package org.openpathways.shared.text;

import org.jspecify.annotations.NullMarked;
