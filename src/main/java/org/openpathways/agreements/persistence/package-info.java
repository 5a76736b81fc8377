/** The agreements, their texts, quotas and allocations, in plain SQL. */
@NullMarked
package org.openpathways.agreements.persistence;

import org.jspecify.annotations.NullMarked;
