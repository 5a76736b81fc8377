package org.openpathways.applications.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationDetails.FamilyMember;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.pathways.rules.Money;

/**
 * The facts that eligibility rules read, taken from what an applicant wrote. A fact the applicant has not given is
 * left out, so the rules see it as unknown and say so; facts about the household (partner, adults, children) and the
 * documents are always known, since an application says who applies and what is attached.
 */
public final class ApplicationFacts {

    /** The form field in which the applicant gives each fact they answer themselves. */
    public static final Map<Fact, String> FIELDS = Map.ofEntries(
            Map.entry(Fact.BIRTH_DATE, "applicant.birthDate"),
            Map.entry(Fact.NATIONALITY, "applicant.nationality"),
            Map.entry(Fact.COUNTRY_OF_RESIDENCE, "applicant.countryOfResidence"),
            Map.entry(Fact.AREA, "applicant.area"),
            Map.entry(Fact.LEFT_AREA_ON, "applicant.leftAreaOn"),
            Map.entry(Fact.ENTRY_DATE, "applicant.entryDate"),
            Map.entry(Fact.RESIDENCE_SINCE, "applicant.residenceSince"),
            Map.entry(Fact.EXPERIENCE_MONTHS, "applicant.experienceMonths"),
            Map.entry(Fact.HOURS_PER_WEEK, "job.hoursPerWeek"),
            Map.entry(Fact.WAGE, "job.wage"),
            Map.entry(Fact.CONTRACT_MONTHS, "job.contractMonths"),
            Map.entry(Fact.SECTOR, "job.sector"),
            Map.entry(Fact.OCCUPATION, "job.occupation"));

    private ApplicationFacts() {}

    public static Facts of(ApplicationDetails details, LocalDate applicationDate) {
        var person = details.applicant();
        Facts facts = Facts.none().with(Fact.APPLICATION_DATE, applicationDate);
        facts = withDate(facts, Fact.BIRTH_DATE, person.birthDate());
        facts = withText(facts, Fact.NATIONALITY, person.nationality());
        facts = withText(facts, Fact.COUNTRY_OF_RESIDENCE, person.countryOfResidence());
        facts = withText(facts, Fact.AREA, person.area());
        facts = withDate(facts, Fact.LEFT_AREA_ON, person.leftAreaOn());
        facts = withDate(facts, Fact.ENTRY_DATE, person.entryDate());
        facts = withDate(facts, Fact.RESIDENCE_SINCE, person.residenceSince());
        if (person.experienceMonths() != null) {
            facts = facts.with(Fact.EXPERIENCE_MONTHS, person.experienceMonths().longValue());
        }
        var job = details.job();
        if (job != null) {
            if (job.hoursPerWeek() != null) {
                facts = facts.with(Fact.HOURS_PER_WEEK, job.hoursPerWeek());
            }
            if (job.wage() != null && job.currency() != null && Money.isCurrency(job.currency())) {
                facts = facts.with(Fact.WAGE, new Money(job.wage(), job.currency()));
            }
            if (job.contractMonths() != null) {
                facts = facts.with(Fact.CONTRACT_MONTHS, job.contractMonths().longValue());
            }
            facts = withText(facts, Fact.SECTOR, job.sector());
            facts = withText(facts, Fact.OCCUPATION, job.occupation());
        }
        facts = facts.with(Fact.PARTNER, details.partner() != null);
        facts = facts.with(Fact.ADULTS, details.partner() != null ? 1 : 0);
        List<LocalDate> children = details.children().stream()
                .map(FamilyMember::birthDate)
                .filter(Objects::nonNull)
                .toList();
        facts = facts.withDates(Fact.CHILDREN_BIRTH_DATES, children);
        return facts.withTexts(Fact.DOCUMENTS_PROVIDED, details.documents().keySet());
    }

    private static Facts withDate(Facts facts, Fact fact, @Nullable LocalDate date) {
        return date == null ? facts : facts.with(fact, date);
    }

    private static Facts withText(Facts facts, Fact fact, @Nullable String text) {
        return text == null || text.isBlank() ? facts : facts.with(fact, text);
    }
}
