package org.openpathways.applications.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationDetails.FamilyMember;
import org.openpathways.applications.ApplicationDetails.FeeChoice;
import org.openpathways.applications.ApplicationDetails.Job;
import org.openpathways.applications.ApplicationDetails.Person;
import org.openpathways.applications.ApplicationDetails.Sex;
import org.openpathways.applications.MissingItem;

/**
 * The application form of the pages: its fields as the browser sends them (named like the API's body paths, e.g.
 * {@code applicant.birthDate}, {@code children[1].fullName}, {@code documents.passport}), read into details, and the
 * details written back into fields. A value that is not even of the right kind (a date that is not a date) is a
 * problem of its field; everything else is checked by the facade, like for the API.
 */
final class ApplicationForm {

    /** Rows offered for children: those given plus one empty row, up to the maximum. */
    static int childRows(ApplicationDetails details) {
        return Math.min(details.children().size() + 1, ApplicationDetails.MAX_CHILDREN);
    }

    private final Map<String, String> values;
    private final List<MissingItem> problems = new ArrayList<>();

    private ApplicationForm(Map<String, String> values) {
        this.values = values;
    }

    static ApplicationForm of(Map<String, String> submitted) {
        Map<String, String> values = new LinkedHashMap<>();
        submitted.forEach((name, value) -> {
            if (name.length() <= 80 && values.size() < 200) {
                values.put(name, value.strip());
            }
        });
        return new ApplicationForm(values);
    }

    static Map<String, String> values(ApplicationDetails details) {
        Map<String, String> values = new LinkedHashMap<>();
        Person person = details.applicant();
        put(values, "applicant.fullName", person.fullName());
        put(values, "applicant.birthDate", person.birthDate());
        put(values, "applicant.sex", person.sex() == null ? null : person.sex().name());
        put(values, "applicant.nationality", person.nationality());
        put(values, "applicant.countryOfResidence", person.countryOfResidence());
        put(values, "applicant.entryDate", person.entryDate());
        put(values, "applicant.residenceSince", person.residenceSince());
        put(values, "applicant.experienceMonths", person.experienceMonths());
        put(values, "applicant.area", person.area());
        put(values, "applicant.leftAreaOn", person.leftAreaOn());
        Job job = details.job();
        if (job != null) {
            put(values, "job.employer", job.employer());
            put(values, "job.hoursPerWeek", job.hoursPerWeek());
            put(values, "job.wage", job.wage());
            put(values, "job.currency", job.currency());
            put(values, "job.contractMonths", job.contractMonths());
            put(values, "job.sector", job.sector());
            put(values, "job.occupation", job.occupation());
        }
        put(values, "combinedWork", details.combinedWork() ? "true" : null);
        if (details.partner() != null) {
            put(values, "partner.fullName", details.partner().fullName());
            put(values, "partner.birthDate", details.partner().birthDate());
        }
        for (int i = 0; i < details.children().size(); i++) {
            put(
                    values,
                    "children[" + i + "].fullName",
                    details.children().get(i).fullName());
            put(
                    values,
                    "children[" + i + "].birthDate",
                    details.children().get(i).birthDate());
        }
        details.documents().forEach((code, id) -> put(values, "documents." + code, id));
        put(values, "fee.paymentReference", details.fee().paymentReference());
        put(values, "fee.waiver", details.fee().waiver());
        return values;
    }

    Map<String, String> values() {
        return values;
    }

    /** The details the form holds; {@link #problems()} then lists the values that are not of their field's kind. */
    ApplicationDetails details(List<String> documentCodes) {
        Person person = new Person(
                text("applicant.fullName"),
                date("applicant.birthDate"),
                sex(text("applicant.sex")),
                upper(text("applicant.nationality")),
                upper(text("applicant.countryOfResidence")),
                date("applicant.entryDate"),
                date("applicant.residenceSince"),
                integer("applicant.experienceMonths"),
                text("applicant.area"),
                date("applicant.leftAreaOn"));
        Job job = new Job(
                text("job.employer"),
                decimal("job.hoursPerWeek"),
                decimal("job.wage"),
                upper(text("job.currency")),
                integer("job.contractMonths"),
                sector(text("job.sector")),
                text("job.occupation"));
        boolean anyJob = job.employer() != null
                || job.hoursPerWeek() != null
                || job.wage() != null
                || job.contractMonths() != null
                || job.sector() != null
                || job.occupation() != null;
        FamilyMember partner = member("partner");
        List<FamilyMember> children = new ArrayList<>();
        for (int i = 0; i < ApplicationDetails.MAX_CHILDREN; i++) {
            FamilyMember child = member("children[" + i + "]");
            if (child != null) {
                children.add(child);
            }
        }
        Map<String, UUID> documents = new LinkedHashMap<>();
        for (String code : documentCodes) {
            String id = text("documents." + code);
            if (id != null) {
                try {
                    documents.put(code, UUID.fromString(id));
                } catch (IllegalArgumentException notAnId) {
                    problems.add(MissingItem.of("documents." + code, "document-not-yours"));
                }
            }
        }
        return new ApplicationDetails(
                person,
                anyJob ? job : null,
                partner,
                children,
                documents,
                new FeeChoice(text("fee.paymentReference"), text("fee.waiver")),
                "true".equals(text("combinedWork")));
    }

    List<MissingItem> problems() {
        return problems;
    }

    private @Nullable FamilyMember member(String prefix) {
        String name = text(prefix + ".fullName");
        LocalDate birthDate = date(prefix + ".birthDate");
        return name == null && birthDate == null ? null : new FamilyMember(name, birthDate);
    }

    private @Nullable String text(String field) {
        String value = values.get(field);
        return value == null || value.isEmpty() ? null : value;
    }

    private @Nullable LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            problems.add(MissingItem.of(field, "not-a-date"));
            return null;
        }
    }

    private @Nullable Integer integer(String field) {
        BigDecimal number = decimal(field);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            problems.add(MissingItem.of(field, "not-a-number"));
            return null;
        }
    }

    private @Nullable BigDecimal decimal(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return value.length() > 15 ? fail(field) : new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return fail(field);
        }
    }

    private @Nullable BigDecimal fail(String field) {
        problems.add(MissingItem.of(field, "not-a-number"));
        return null;
    }

    private @Nullable Sex sex(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Sex.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            problems.add(MissingItem.of("applicant.sex", "invalid-code"));
            return null;
        }
    }

    /**
     * The sector as the rules name sectors (a code such as {@code agriculture} or {@code health-care}), from what the
     * person typed: "Agriculture" or "Health care" are what they mean. Text with no letter a code can hold is left as
     * typed, for the checks to refuse.
     */
    static @Nullable String sector(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String code =
                typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return code.isEmpty() ? typed : code;
    }

    private static @Nullable String upper(@Nullable String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static void put(Map<String, String> values, String field, @Nullable Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }
}
