package org.openpathways.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.cases.CaseFile;

/** A case in the API. */
record CaseJson(
        UUID id,
        String reference,
        UUID organisation,
        @Nullable UUID assignedTo,
        boolean child,
        Instant openedAt,
        @Nullable String applicationReference,
        Person person,
        Contact firstContact) {

    record Person(
            String fullName,
            @Nullable LocalDate claimedBirthDate,
            @Nullable String sex,
            @Nullable String nationality,
            List<String> languages,
            @Nullable String phone) {}

    record Contact(String point, String place, LocalDate date) {}

    static CaseJson of(CaseFile file) {
        var identity = file.identity();
        return new CaseJson(
                file.id(),
                file.reference(),
                file.organisationId(),
                file.assignedTo(),
                file.child(),
                file.openedAt(),
                file.applicationReference(),
                new Person(
                        identity.fullName(),
                        identity.claimedBirthDate(),
                        identity.sex(),
                        identity.nationality(),
                        identity.languages(),
                        identity.phone()),
                new Contact(
                        file.firstContact().point().name(),
                        file.firstContact().place(),
                        file.firstContact().date()));
    }
}
