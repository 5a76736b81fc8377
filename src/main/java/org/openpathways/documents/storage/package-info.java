/** Where document contents are kept: sealed with the shared key ring, behind an interface so the backend can change. */
@NullMarked
package org.openpathways.documents.storage;

import org.jspecify.annotations.NullMarked;
