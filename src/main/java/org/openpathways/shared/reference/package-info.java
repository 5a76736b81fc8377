/** Reference numbers that people read aloud and type: random, short, and checked for typing mistakes. */
@NullMarked
package org.openpathways.shared.reference;

import org.jspecify.annotations.NullMarked;
