package org.openpathways.referrals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.NewConsent;

/** The consent form for staff; the facade checks every value and names the field it refuses. */
public class ConsentPageForm {

    private @Nullable UUID caseId;
    private @Nullable UUID organisationId;
    private String givenBy = "person";
    private String giverName = "";
    private List<String> categories = new ArrayList<>();
    private String validUntil = "";

    /** @throws ProblemException 422 naming {@code validUntil} when it is not a date */
    NewConsent consent() {
        LocalDate until;
        try {
            until = LocalDate.parse(validUntil.strip());
        } catch (DateTimeParseException notADate) {
            throw ProblemException.unprocessable("referrals.date-invalid").with("field", "validUntil");
        }
        return new NewConsent(
                caseId == null ? new UUID(0, 0) : caseId,
                organisationId == null ? new UUID(0, 0) : organisationId,
                givenBy,
                giverName,
                categories,
                until);
    }

    public @Nullable UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(@Nullable UUID caseId) {
        this.caseId = caseId;
    }

    public @Nullable UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable UUID organisationId) {
        this.organisationId = organisationId;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(@Nullable String givenBy) {
        this.givenBy = givenBy == null ? "" : givenBy;
    }

    public String getGiverName() {
        return giverName;
    }

    public void setGiverName(@Nullable String giverName) {
        this.giverName = giverName == null ? "" : giverName;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(@Nullable List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(@Nullable String validUntil) {
        this.validUntil = validUntil == null ? "" : validUntil;
    }
}
