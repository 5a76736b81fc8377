/** Extension points through which modules declare the access rules of their paths. */
@NullMarked
package org.openpathways.platform.security;

import org.jspecify.annotations.NullMarked;
