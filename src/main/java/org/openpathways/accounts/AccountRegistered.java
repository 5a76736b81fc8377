package org.openpathways.accounts;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** A person registered and must confirm their e-mail address. Carries only the account's id: no personal data is stored with events. */
@DomainEvent
public record AccountRegistered(UUID accountId) {}
