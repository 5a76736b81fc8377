package org.openpathways.permits;

import java.util.Optional;

/**
 * A rule of another capability that may forbid revoking a permit for now, for example while its holder is protected
 * (an open complaint against an employer, a pending appeal, a protection procedure). Every bean of this type is
 * consulted before a revocation; if any objects, the revocation is refused with 409 {@code permits.revocation-blocked}
 * and the objection's reason.
 */
@FunctionalInterface
public interface RevocationGuard {

    /**
     * @param permit the permit about to be revoked
     * @return the message key of the reason it may not be revoked now (translated in the guard's module's bundle), or
     *     empty when this guard does not object
     */
    Optional<String> objection(PermitView permit);
}
