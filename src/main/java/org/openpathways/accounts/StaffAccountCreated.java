package org.openpathways.accounts;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** An administrator created an account for a member of an organisation, who must now set a password. Carries only the account's id: no personal data is stored with events. */
@DomainEvent
public record StaffAccountCreated(UUID accountId) {}
