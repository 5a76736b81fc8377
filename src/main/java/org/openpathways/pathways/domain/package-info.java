/** The rules of a pathway's life: versions, publication and retirement, and what makes two versions the same. */
@NullMarked
package org.openpathways.pathways.domain;

import org.jspecify.annotations.NullMarked;
