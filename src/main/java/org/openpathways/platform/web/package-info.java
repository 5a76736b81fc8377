/** The web shell: design system assets, the page layout's shared model, error pages. */
@NullMarked
package org.openpathways.platform.web;

import org.jspecify.annotations.NullMarked;
