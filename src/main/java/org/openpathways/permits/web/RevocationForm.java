package org.openpathways.permits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.Revocation;
import org.openpathways.platform.api.PlainText;

/**
 * A revocation as the API receives it and the staff page posts it.
 *
 * @param ground one of the configured grounds
 * @param explanation optional free text
 */
record RevocationForm(
        @NotBlank(message = "{permits.revocation.ground.missing}") @RevocationGround @Nullable
        String ground,

        @PlainText @Size(max = Revocation.MAX_EXPLANATION_LENGTH) @Nullable
        String explanation) {

    Revocation revocation() {
        return new Revocation(ground == null ? "" : ground, explanation);
    }
}
