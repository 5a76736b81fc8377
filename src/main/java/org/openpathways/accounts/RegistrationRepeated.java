package org.openpathways.accounts;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** Someone tried to register again with the address of an existing account. Carries only the account's id: no personal data is stored with events. */
@DomainEvent
public record RegistrationRepeated(UUID accountId) {}
