package org.openpathways.accounts.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must sign in with a second factor: every member of an organisation, and anyone who enrolled one. A demo may
 * waive the obligation (members are then not forced to enrol), and the sign-in page says so.
 */
@Component
public class SecondFactorPolicy {

    private final boolean requiredForMembers;

    SecondFactorPolicy(@Value("${openpathways.security.second-factor.waived:false}") boolean waived) {
        this.requiredForMembers = !waived;
    }

    public boolean required(Account account) {
        return account.secondFactorEnrolled() || (requiredForMembers && account.organisational());
    }

    public boolean waivedForMembers() {
        return !requiredForMembers;
    }
}
