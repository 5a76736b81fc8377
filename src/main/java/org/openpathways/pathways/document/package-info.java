/**
 * A pathway definition as one JSON document: the form in which definitions are written by hand (the demonstration
 * catalogue) and, in later work, imported and exported.
 */
@NullMarked
package org.openpathways.pathways.document;

import org.jspecify.annotations.NullMarked;
