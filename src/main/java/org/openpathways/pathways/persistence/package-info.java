/** Storage of the catalogue in PostgreSQL: pathways, their immutable versions and texts, and the public read queries. */
@NullMarked
package org.openpathways.pathways.persistence;

import org.jspecify.annotations.NullMarked;
