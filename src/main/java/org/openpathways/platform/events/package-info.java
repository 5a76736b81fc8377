/** Delivery of domain events stored in the outbox: retrying those whose listener failed. */
@NullMarked
package org.openpathways.platform.events;

import org.jspecify.annotations.NullMarked;
