/** The documents' metadata in PostgreSQL; the original file name is stored encrypted. */
@NullMarked
package org.openpathways.documents.persistence;

import org.jspecify.annotations.NullMarked;
