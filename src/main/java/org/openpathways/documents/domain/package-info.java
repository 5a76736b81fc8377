/** The rules a document must meet before it is kept: a harmless file name, an allowed type by content, a size limit. */
@NullMarked
package org.openpathways.documents.domain;

import org.jspecify.annotations.NullMarked;
