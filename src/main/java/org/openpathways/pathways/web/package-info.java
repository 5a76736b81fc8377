/** The catalogue's two doors: the public pages and the public JSON API, with the API's cache of ready responses. */
@NullMarked
package org.openpathways.pathways.web;

import org.jspecify.annotations.NullMarked;
