/**
 * Notifications: messages to a person in their language, by e-mail and in the in-app inbox, sent after the change
 * that caused them has committed (modules call this from their event listeners).
 */
@NullMarked
@ApplicationModule(displayName = "Notifications")
package org.openpathways.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
