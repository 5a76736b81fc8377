/** Operations: who may read the health probes and the metrics. */
@NullMarked
package org.openpathways.platform.operations;

import org.jspecify.annotations.NullMarked;
