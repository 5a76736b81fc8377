package org.openpathways.cases.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.springframework.format.annotation.DateTimeFormat;

/** The open-a-case form. Languages are typed as codes separated by commas or spaces, so it works without JavaScript. */
class CasePageForm {

    static final List<String> FIELDS = List.of(
            "fullName",
            "claimedBirthDate",
            "sex",
            "nationality",
            "languages",
            "phone",
            "contactPoint",
            "place",
            "contactDate",
            "applicationReference");

    private @Nullable String fullName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate claimedBirthDate;

    private @Nullable String sex;
    private @Nullable String nationality;
    private @Nullable String languages;
    private @Nullable String phone;
    private @Nullable String contactPoint;
    private @Nullable String place;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate contactDate;

    private @Nullable String applicationReference;

    NewCase newCase() {
        return new NewCase(
                fullName,
                claimedBirthDate,
                sex,
                nationality,
                languages == null || languages.isBlank()
                        ? List.of()
                        : Arrays.stream(languages.strip().split("[,\\s]+")).toList(),
                phone,
                point(),
                place,
                contactDate,
                applicationReference);
    }

    private @Nullable ContactPoint point() {
        for (ContactPoint point : ContactPoint.values()) {
            if (point.name().equals(contactPoint)) {
                return point;
            }
        }
        return null;
    }

    public @Nullable String getFullName() {
        return fullName;
    }

    public void setFullName(@Nullable String fullName) {
        this.fullName = fullName;
    }

    public @Nullable LocalDate getClaimedBirthDate() {
        return claimedBirthDate;
    }

    public void setClaimedBirthDate(@Nullable LocalDate claimedBirthDate) {
        this.claimedBirthDate = claimedBirthDate;
    }

    public @Nullable String getSex() {
        return sex;
    }

    public void setSex(@Nullable String sex) {
        this.sex = sex;
    }

    public @Nullable String getNationality() {
        return nationality;
    }

    public void setNationality(@Nullable String nationality) {
        this.nationality = nationality;
    }

    public @Nullable String getLanguages() {
        return languages;
    }

    public void setLanguages(@Nullable String languages) {
        this.languages = languages;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getContactPoint() {
        return contactPoint;
    }

    public void setContactPoint(@Nullable String contactPoint) {
        this.contactPoint = contactPoint;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable LocalDate getContactDate() {
        return contactDate;
    }

    public void setContactDate(@Nullable LocalDate contactDate) {
        this.contactDate = contactDate;
    }

    public @Nullable String getApplicationReference() {
        return applicationReference;
    }

    public void setApplicationReference(@Nullable String applicationReference) {
        this.applicationReference = applicationReference;
    }
}
