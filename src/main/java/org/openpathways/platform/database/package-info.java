/** The embedded PostgreSQL server used when no external database is configured. */
@NullMarked
package org.openpathways.platform.database;

import org.jspecify.annotations.NullMarked;
