package org.openpathways.cases;

import java.util.UUID;

/**
 * A port for a module that knows which services organisations offer (the referrals module's provider directory). When
 * beans implement it, a transfer is accepted only to an organisation every one of them says offers the service, on top
 * of the check on the organisation's kind that the cases module makes itself.
 */
public interface CaseServiceDirectory {

    boolean offers(UUID organisation, TransferService service);
}
