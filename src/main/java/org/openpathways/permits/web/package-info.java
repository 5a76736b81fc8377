/**
 * The permits' two doors: pages (holder's permits, the printable permit, staff revocation, public verification,
 * supervisors' extension decrees) and the API.
 */
@NullMarked
package org.openpathways.permits.web;

import org.jspecify.annotations.NullMarked;
