package org.openpathways.permits.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.DecreeDraft;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The supervisors' decree form. Types and nationalities are typed as lists separated by commas or spaces, so that the
 * form works without JavaScript; the facade's rules check them.
 */
class DecreePageForm {

    private @Nullable String title;
    private @Nullable String legalBasis;
    private @Nullable String permitTypes;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiringFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiringTo;

    private @Nullable String nationalities;
    private @Nullable String requiredFact;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate newValidUntil;

    private @Nullable Integer extensionMonths;
    private @Nullable Integer extensionDays;

    DecreeDraft draft() {
        return new DecreeDraft(
                title,
                legalBasis,
                codes(permitTypes),
                expiringFrom,
                expiringTo,
                codes(nationalities),
                requiredFact,
                newValidUntil,
                extensionMonths,
                extensionDays);
    }

    private static List<String> codes(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.strip().split("[,;\\s]+")).toList();
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(@Nullable String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public @Nullable String getPermitTypes() {
        return permitTypes;
    }

    public void setPermitTypes(@Nullable String permitTypes) {
        this.permitTypes = permitTypes;
    }

    public @Nullable LocalDate getExpiringFrom() {
        return expiringFrom;
    }

    public void setExpiringFrom(@Nullable LocalDate expiringFrom) {
        this.expiringFrom = expiringFrom;
    }

    public @Nullable LocalDate getExpiringTo() {
        return expiringTo;
    }

    public void setExpiringTo(@Nullable LocalDate expiringTo) {
        this.expiringTo = expiringTo;
    }

    public @Nullable String getNationalities() {
        return nationalities;
    }

    public void setNationalities(@Nullable String nationalities) {
        this.nationalities = nationalities;
    }

    public @Nullable String getRequiredFact() {
        return requiredFact;
    }

    public void setRequiredFact(@Nullable String requiredFact) {
        this.requiredFact = requiredFact;
    }

    public @Nullable LocalDate getNewValidUntil() {
        return newValidUntil;
    }

    public void setNewValidUntil(@Nullable LocalDate newValidUntil) {
        this.newValidUntil = newValidUntil;
    }

    public @Nullable Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(@Nullable Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public @Nullable Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(@Nullable Integer extensionDays) {
        this.extensionDays = extensionDays;
    }
}
