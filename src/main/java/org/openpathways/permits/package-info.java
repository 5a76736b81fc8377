/**
 * Permits: issued when an application is approved, with their validity and conditions, renewed, revoked with grounds,
 * and verifiable by anyone by their number or the QR code on the permit document.
 */
@NullMarked
@ApplicationModule(displayName = "Permits")
package org.openpathways.permits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
