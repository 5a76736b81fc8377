package org.openpathways.accounts;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** An account's password changed (set, reset or changed by its holder). Carries only the account's id: no personal data is stored with events. */
@DomainEvent
public record PasswordChanged(UUID accountId) {}
