/**
 * Permits: issued when an application is approved, with their validity and conditions, renewed, revoked with grounds,
 * verifiable by anyone by their number or the QR code on the permit document, and extended in bulk by decree.
 */
@NullMarked
@ApplicationModule(displayName = "Permits")
package org.openpathways.permits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
