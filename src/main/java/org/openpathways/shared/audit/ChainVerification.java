package org.openpathways.shared.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the whole audit trail in sequence order.
 *
 * @param entries how many entries were found intact (all of them when the chain is intact; those before the break
 *     otherwise)
 * @param firstBreak the first broken entry, or {@code null} when the chain is intact
 * @param headHash the hash of the last intact entry, which an operator may keep elsewhere to detect a later rewrite
 */
public record ChainVerification(long entries, @Nullable ChainBreak firstBreak, String headHash) {

    public boolean intact() {
        return firstBreak == null;
    }
}
