package org.openpathways.applications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.applications.ApplicationDetails.FamilyMember;
import org.openpathways.documents.DocumentId;
import org.openpathways.documents.Documents;
import org.openpathways.documents.Requester;
import org.openpathways.pathways.rules.AreaPeriod;
import org.openpathways.pathways.rules.Codes;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.OccupationIn;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.text.PlainTextValidator;
import org.springframework.stereotype.Component;

/**
 * Checks each value an applicant or caseworker writes before anything is stored: texts are plain and short, dates
 * plausible, countries and codes real, numbers in range, and every attached document the applicant's own. Missing
 * values are fine here (drafts are saved as they are); submission checks completeness.
 */
@Component
class ApplicationChecks {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_DOCUMENTS = 20;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    private static final BigDecimal MAX_WAGE = new BigDecimal("1000000000");

    private final Documents documents;

    ApplicationChecks(Documents documents) {
        this.documents = documents;
    }

    /** @throws ApplicationRefused 400 naming every value that cannot be accepted */
    void requireValid(ApplicationDetails details, Actor applicant) {
        List<MissingItem> problems = new ArrayList<>();
        var person = details.applicant();
        text(problems, "applicant.fullName", person.fullName(), MAX_NAME);
        date(problems, "applicant.birthDate", person.birthDate());
        country(problems, "applicant.nationality", person.nationality());
        country(problems, "applicant.countryOfResidence", person.countryOfResidence());
        date(problems, "applicant.entryDate", person.entryDate());
        date(problems, "applicant.residenceSince", person.residenceSince());
        date(problems, "applicant.leftAreaOn", person.leftAreaOn());
        if (person.area() != null && !AreaPeriod.isArea(person.area())) {
            problems.add(MissingItem.of("applicant.area", "invalid-area"));
        }
        number(problems, "applicant.experienceMonths", person.experienceMonths(), 1200);
        var job = details.job();
        if (job != null) {
            text(problems, "job.employer", job.employer(), MAX_NAME);
            decimal(problems, "job.hoursPerWeek", job.hoursPerWeek(), BigDecimal.valueOf(168));
            decimal(problems, "job.wage", job.wage(), MAX_WAGE);
            if (job.wage() != null && (job.currency() == null || !Money.isCurrency(job.currency()))) {
                problems.add(MissingItem.of("job.currency", "invalid-currency"));
            }
            number(problems, "job.contractMonths", job.contractMonths(), 1200);
            code(problems, "job.sector", job.sector());
            if (job.occupation() != null && !OccupationIn.isPrefix(job.occupation())) {
                problems.add(MissingItem.of("job.occupation", "invalid-occupation"));
            }
        }
        if (details.partner() != null) {
            member(problems, "partner", details.partner());
        }
        if (details.children().size() > ApplicationDetails.MAX_CHILDREN) {
            problems.add(MissingItem.of("children", "too-many-children", ApplicationDetails.MAX_CHILDREN));
        } else {
            for (int i = 0; i < details.children().size(); i++) {
                member(problems, "children[" + i + "]", details.children().get(i));
            }
        }
        text(problems, "fee.paymentReference", details.fee().paymentReference(), 60);
        code(problems, "fee.waiver", details.fee().waiver());
        documents(problems, details, applicant);
        if (!problems.isEmpty()) {
            throw ApplicationRefused.invalid(problems);
        }
    }

    void requireQuestion(String question) {
        longText("question", question);
    }

    void requireAnswer(String answer) {
        longText("answer", answer);
    }

    void requireReason(String reason) {
        longText("reason", reason);
    }

    void requireText(String field, @Nullable String text) {
        longText(field, text);
    }

    private static void longText(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw ApplicationRefused.invalid(List.of(MissingItem.of(field, "text-required")));
        }
        List<MissingItem> problems = new ArrayList<>();
        String lines = text.replace("\r\n", "\n");
        if (lines.length() > MAX_TEXT) {
            problems.add(MissingItem.of(field, "too-long", MAX_TEXT));
        } else {
            for (String line : lines.split("\n", -1)) {
                text(problems, field, line, MAX_TEXT);
                if (!problems.isEmpty()) {
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApplicationRefused.invalid(problems);
        }
    }

    private void documents(List<MissingItem> problems, ApplicationDetails details, Actor applicant) {
        if (details.documents().size() > MAX_DOCUMENTS) {
            problems.add(MissingItem.of("documents", "too-many-documents", MAX_DOCUMENTS));
            return;
        }
        Set<String> roles = applicant.roles().stream().map(Role::name).collect(Collectors.toSet());
        Requester requester = new Requester(applicant.account(), roles);
        details.documents().forEach((code, id) -> {
            if (!Codes.isCode(code) || code.length() > 60) {
                problems.add(MissingItem.of("documents", "invalid-document-type"));
                return;
            }
            if (!owned(id, requester)) {
                problems.add(MissingItem.of("documents." + code, "document-not-yours"));
            }
        });
    }

    private boolean owned(UUID id, Requester requester) {
        try {
            return documents
                    .metadata(new DocumentId(id), requester, Documents.SELF_SERVICE)
                    .ownedBy(requester);
        } catch (ProblemException notFound) {
            return false;
        }
    }

    private static void member(List<MissingItem> problems, String field, FamilyMember member) {
        text(problems, field + ".fullName", member.fullName(), MAX_NAME);
        date(problems, field + ".birthDate", member.birthDate());
    }

    private static void text(List<MissingItem> problems, String field, @Nullable String text, int max) {
        if (text != null) {
            PlainTextValidator.problem(text, max)
                    .ifPresent(problem ->
                            problems.add(new MissingItem(field, "validation.plain-text." + problem, List.of())));
        }
    }

    private static void date(List<MissingItem> problems, String field, @Nullable LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            problems.add(MissingItem.of(field, "invalid-date"));
        }
    }

    private static void country(List<MissingItem> problems, String field, @Nullable String code) {
        if (code != null && !Codes.isCountry(code)) {
            problems.add(MissingItem.of(field, "invalid-country"));
        }
    }

    private static void code(List<MissingItem> problems, String field, @Nullable String code) {
        if (code != null && (code.length() > 60 || !Codes.isCode(code))) {
            problems.add(MissingItem.of(field, "invalid-code"));
        }
    }

    private static void number(List<MissingItem> problems, String field, @Nullable Integer number, int max) {
        if (number != null && (number < 0 || number > max)) {
            problems.add(MissingItem.of(field, "out-of-range", 0, max));
        }
    }

    private static void decimal(List<MissingItem> problems, String field, @Nullable BigDecimal number, BigDecimal max) {
        if (number != null && (number.signum() < 0 || number.compareTo(max) > 0 || number.scale() > 2)) {
            problems.add(MissingItem.of(field, "out-of-range", 0, max));
        }
    }
}
