/** The two doors to documents: the pages under {@code /documents} and the JSON API under {@code /api/v1/documents}. */
@NullMarked
package org.openpathways.documents.web;

import org.jspecify.annotations.NullMarked;
