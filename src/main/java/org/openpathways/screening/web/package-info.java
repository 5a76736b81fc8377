/** Screening and children's pages and API, for screening officers, child-protection staff and caseworkers. */
@NullMarked
package org.openpathways.screening.web;

import org.jspecify.annotations.NullMarked;
