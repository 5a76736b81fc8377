package org.openpathways.permits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.Revocation;
import org.openpathways.platform.api.PlainText;

/** The supervisors' revocation form; the version is the one the page showed. */
class RevocationPageForm {

    @NotBlank(message = "{permits.revocation.ground.missing}")
    @RevocationGround
    private @Nullable String ground;

    @PlainText(message = "{validation.plain-text}")
    @Size(max = Revocation.MAX_EXPLANATION_LENGTH, message = "{validation.plain-text.too-long}")
    private @Nullable String explanation;

    private int version;

    public @Nullable String getGround() {
        return ground;
    }

    public void setGround(@Nullable String ground) {
        this.ground = ground;
    }

    public @Nullable String getExplanation() {
        return explanation;
    }

    public void setExplanation(@Nullable String explanation) {
        this.explanation = explanation;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    Revocation revocation() {
        return new Revocation(ground == null ? "" : ground, explanation);
    }
}
