/** The agreements' two doors: public pages and API with live quota use, and the administrators' page and API. */
@NullMarked
package org.openpathways.agreements.web;

import org.jspecify.annotations.NullMarked;
