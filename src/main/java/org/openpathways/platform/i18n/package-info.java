/** Languages: which ones the platform speaks, and how a page's language is chosen and remembered. */
@NullMarked
package org.openpathways.platform.i18n;

import org.jspecify.annotations.NullMarked;
