package org.openpathways.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.i18n.Language;

/** What a person sees of their own account. */
public record OwnAccount(
        UUID id,
        String email,
        String displayName,
        Language language,
        Set<Role> roles,
        @Nullable String organisationName,
        boolean secondFactorEnrolled,
        boolean secondFactorRequired,
        Instant createdAt,
        int version) {}
