@NullMarked
package org.openpathways.applications.persistence;

import org.jspecify.annotations.NullMarked;
