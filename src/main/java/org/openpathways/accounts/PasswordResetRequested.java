package org.openpathways.accounts;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** The holder of an account asked for a link to choose a new password. Carries only the account's id: no personal data is stored with events. */
@DomainEvent
public record PasswordResetRequested(UUID accountId) {}
