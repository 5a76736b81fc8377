package org.openpathways.referrals;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a referral is: sent to the provider, which accepts or declines it; an accepted one is delivered, then closed
 * (closing an undelivered one needs a reason). Withdrawing the consent it relies on revokes an open referral.
 */
public enum ReferralStatus {
    SENT("sent"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    DELIVERED("delivered"),
    CLOSED("closed"),
    REVOKED("revoked");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Still open: the provider may still act on it, and a withdrawn consent revokes it. */
    public boolean open() {
        return this == SENT || this == ACCEPTED || this == DELIVERED;
    }

    public static Optional<ReferralStatus> ofCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst();
    }
}
