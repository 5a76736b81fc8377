package org.openpathways.accounts;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** A person confirmed their e-mail address; the account can now be used. Carries only the account's id: no personal data is stored with events. */
@DomainEvent
public record EmailAddressConfirmed(UUID accountId) {}
