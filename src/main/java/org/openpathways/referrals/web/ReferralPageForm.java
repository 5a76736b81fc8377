package org.openpathways.referrals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.NewReferral;

/** The referral form: the facade checks every value and names the field it refuses. */
public class ReferralPageForm {

    private @Nullable UUID caseId;
    private @Nullable UUID providerOrganisationId;
    private String service = "";
    private String urgency = "medium";
    private List<String> categories = new ArrayList<>();
    private String note = "";
    private String overrideReason = "";

    NewReferral referral() {
        return new NewReferral(
                caseId == null ? new UUID(0, 0) : caseId,
                providerOrganisationId == null ? new UUID(0, 0) : providerOrganisationId,
                service,
                urgency,
                categories,
                note,
                overrideReason);
    }

    public @Nullable UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(@Nullable UUID caseId) {
        this.caseId = caseId;
    }

    public @Nullable UUID getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public void setProviderOrganisationId(@Nullable UUID providerOrganisationId) {
        this.providerOrganisationId = providerOrganisationId;
    }

    public String getService() {
        return service;
    }

    public void setService(@Nullable String service) {
        this.service = service == null ? "" : service;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(@Nullable String urgency) {
        this.urgency = urgency == null ? "" : urgency;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(@Nullable List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note == null ? "" : note;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(@Nullable String overrideReason) {
        this.overrideReason = overrideReason == null ? "" : overrideReason;
    }
}
