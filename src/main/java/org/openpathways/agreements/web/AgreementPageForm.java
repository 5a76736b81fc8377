package org.openpathways.agreements.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openpathways.shared.text.PlainText;

/**
 * A new agreement from the administrators' page: English texts (the other languages are added through the API), the
 * partners and sectors as comma-separated codes, one rights clause per line, and at most one quota.
 */
public class AgreementPageForm {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String CODES = "(" + CODE + "( *, *" + CODE + ")*)?";
    static final String COUNTRIES = " *[A-Za-z]{2}( *, *[A-Za-z]{2})* *";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @NotBlank(message = "{agreements.form.code.invalid}")
    @Size(max = 60, message = "{agreements.form.code.invalid}")
    @Pattern(regexp = CODE, message = "{agreements.form.code.invalid}")
    private String code = "";

    @Pattern(regexp = "bilateral|free-movement-protocol", message = "{agreements.form.kind.invalid}")
    private String kind = "bilateral";

    @NotBlank(message = "{agreements.form.title.missing}")
    @PlainText(max = 200)
    private String title = "";

    @Pattern(regexp = COUNTRIES, message = "{agreements.form.partners.invalid}")
    @Size(max = 400, message = "{agreements.form.partners.invalid}")
    private String partners = "";

    @Pattern(regexp = CODES, message = "{agreements.form.sectors.invalid}")
    @Size(max = 400, message = "{agreements.form.sectors.invalid}")
    private String sectors = "";

    @Pattern(regexp = DATE, message = "{agreements.form.date.invalid}")
    private String validFrom = "";

    @Pattern(regexp = "(" + DATE + ")?", message = "{agreements.form.date.invalid}")
    private String validTo = "";

    /** One clause per line; each line is checked as plain text by the facade. */
    @NotBlank(message = "{agreements.form.clauses.missing}")
    @Size(max = 40_000, message = "{validation.plain-text.too-long}")
    private String clauses = "";

    @Pattern(regexp = "draft|in-force|ended", message = "{agreements.form.status.invalid}")
    private String status = "draft";

    @Pattern(regexp = "(" + CODE + ")?", message = "{agreements.form.code.invalid}")
    @Size(max = 60, message = "{agreements.form.code.invalid}")
    private String quotaCode = "";

    @Pattern(regexp = "(" + CODE + ")?", message = "{agreements.form.code.invalid}")
    @Size(max = 60, message = "{agreements.form.code.invalid}")
    private String quotaPathway = "";

    @Pattern(regexp = "(" + DATE + ")?", message = "{agreements.form.date.invalid}")
    private String quotaStart = "";

    @Pattern(regexp = "(" + DATE + ")?", message = "{agreements.form.date.invalid}")
    private String quotaEnd = "";

    @Pattern(regexp = "(\\d{1,7})?", message = "{agreements.form.capacity.invalid}")
    private String quotaCapacity = "";

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }

    public String getClauses() {
        return clauses;
    }

    public void setClauses(String clauses) {
        this.clauses = clauses;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQuotaCode() {
        return quotaCode;
    }

    public void setQuotaCode(String quotaCode) {
        this.quotaCode = quotaCode;
    }

    public String getQuotaPathway() {
        return quotaPathway;
    }

    public void setQuotaPathway(String quotaPathway) {
        this.quotaPathway = quotaPathway;
    }

    public String getQuotaStart() {
        return quotaStart;
    }

    public void setQuotaStart(String quotaStart) {
        this.quotaStart = quotaStart;
    }

    public String getQuotaEnd() {
        return quotaEnd;
    }

    public void setQuotaEnd(String quotaEnd) {
        this.quotaEnd = quotaEnd;
    }

    public String getQuotaCapacity() {
        return quotaCapacity;
    }

    public void setQuotaCapacity(String quotaCapacity) {
        this.quotaCapacity = quotaCapacity;
    }
}
