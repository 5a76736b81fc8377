package org.openpathways.applications.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationDetails.FamilyMember;
import org.openpathways.applications.MissingItem;
import org.openpathways.pathways.rules.Facts;

/**
 * What an application still lacks before it can be submitted, each item naming its field: the applicant's identity,
 * every answer the pathway's rules need, the family members' details (and whether they may apply with the applicant at
 * all), every document the rules ask for, and the fee paid or a waiver claimed. An empty list means complete.
 *
 * <p>Completeness is not eligibility: an applicant who gave every answer may submit even when the rules say they do
 * not qualify. The decision is an official's, and the right to apply is not the system's to take away.
 */
public final class Completeness {

    private Completeness() {}

    /**
     * @param childMaxAge a child applying with a parent must be younger than this on the application date
     */
    public static List<MissingItem> check(
            ApplicationDetails details, PathwayTerms terms, LocalDate applicationDate, int childMaxAge) {
        List<MissingItem> missing = new ArrayList<>();
        var person = details.applicant();
        if (blank(person.fullName())) {
            missing.add(MissingItem.of("applicant.fullName", "full-name"));
        }
        if (person.birthDate() == null) {
            missing.add(MissingItem.of("applicant.birthDate", "birth-date"));
        }
        if (person.sex() == null) {
            missing.add(MissingItem.of("applicant.sex", "sex"));
        }
        if (blank(person.nationality())) {
            missing.add(MissingItem.of("applicant.nationality", "nationality"));
        }
        Facts facts = ApplicationFacts.of(details, applicationDate);
        for (var fact : terms.factsToAnswer()) {
            String field = ApplicationFacts.FIELDS.get(fact);
            boolean alreadyListed =
                    missing.stream().anyMatch(item -> item.field().equals(field));
            if (facts.get(fact).isEmpty() && !alreadyListed) {
                missing.add(MissingItem.of(field, "answer", "#" + fact.label().key()));
            }
        }
        if (details.combinedWork()) {
            if (!terms.workAllowed()) {
                missing.add(MissingItem.of("combinedWork", "work-not-allowed"));
            } else if (details.job() == null || blank(details.job().employer())) {
                missing.add(MissingItem.of("job.employer", "employer"));
            }
        }
        family(details, terms, applicationDate, childMaxAge, missing);
        for (String code : terms.documentCodes()) {
            if (!details.documents().containsKey(code)) {
                missing.add(MissingItem.of("documents." + code, "document", "@" + code));
            }
        }
        fee(details, terms, facts, missing);
        return missing;
    }

    private static void family(
            ApplicationDetails details,
            PathwayTerms terms,
            LocalDate applicationDate,
            int childMaxAge,
            List<MissingItem> missing) {
        boolean anyone = details.partner() != null || !details.children().isEmpty();
        if (anyone && !terms.familyMayJoin()) {
            missing.add(MissingItem.of("partner", "family-not-allowed"));
            return;
        }
        if (details.partner() != null) {
            member("partner", details.partner(), missing);
        }
        for (int i = 0; i < details.children().size(); i++) {
            FamilyMember child = details.children().get(i);
            String field = "children[" + i + "]";
            member(field, child, missing);
            if (child.birthDate() != null
                    && Period.between(child.birthDate(), applicationDate).getYears() >= childMaxAge) {
                missing.add(MissingItem.of(field + ".birthDate", "child-too-old", i + 1, childMaxAge));
            }
        }
    }

    private static void member(String field, FamilyMember member, List<MissingItem> missing) {
        if (blank(member.fullName())) {
            missing.add(MissingItem.of(field + ".fullName", "member-name"));
        }
        if (member.birthDate() == null) {
            missing.add(MissingItem.of(field + ".birthDate", "member-birth-date"));
        }
    }

    private static void fee(ApplicationDetails details, PathwayTerms terms, Facts facts, List<MissingItem> missing) {
        var fee = details.fee();
        if (fee.waiver() != null && !terms.waiverCodes().contains(fee.waiver())) {
            missing.add(MissingItem.of("fee.waiver", "waiver-unknown"));
            return;
        }
        if (!terms.feeSettled(facts) || terms.feeDue(facts).isEmpty()) {
            return;
        }
        if (blank(fee.paymentReference()) && fee.waiver() == null) {
            missing.add(MissingItem.of("fee.paymentReference", "fee"));
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
