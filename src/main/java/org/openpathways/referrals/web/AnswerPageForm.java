package org.openpathways.referrals.web;

import org.jspecify.annotations.Nullable;

/** A provider's answer on the referral page: a reason (decline, close) or a note (delivery). */
public class AnswerPageForm {

    private String reason = "";
    private String note = "";

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note == null ? "" : note;
    }
}
