package org.openpathways.cases.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of every case-management form (assign, task, approval, decision, note, transfer); each form posts the ones
 * it needs. Ids and versions arrive as text so that a tampered value is a form error, not a failed binding.
 */
public class CaseManagementForm {

    private @Nullable String account;
    private @Nullable String reason;
    private @Nullable Long version;
    private @Nullable String title;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueDate;

    private @Nullable String assignedTo;
    private @Nullable String subject;
    private @Nullable String comment;
    private @Nullable String decision;
    private @Nullable String sensitivity;
    private @Nullable String text;
    private @Nullable String organisation;
    private @Nullable String service;

    static @Nullable UUID id(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public @Nullable String getAccount() {
        return account;
    }

    public void setAccount(@Nullable String account) {
        this.account = account;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public @Nullable String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(@Nullable String assignedTo) {
        this.assignedTo = assignedTo;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }

    public @Nullable String getDecision() {
        return decision;
    }

    public void setDecision(@Nullable String decision) {
        this.decision = decision;
    }

    public @Nullable String getSensitivity() {
        return sensitivity;
    }

    public void setSensitivity(@Nullable String sensitivity) {
        this.sensitivity = sensitivity;
    }

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getService() {
        return service;
    }

    public void setService(@Nullable String service) {
        this.service = service;
    }
}
