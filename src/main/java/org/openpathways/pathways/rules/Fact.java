package org.openpathways.pathways.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A named fact about a person or their application, which criteria read and a questionnaire asks for. The names are
 * a closed list (below), plus one fact per named quota, {@code quota.<name>.remaining}, which the caller supplies. A
 * rule set refuses facts that are not {@link #isKnown() known}.
 */
public record Fact(String name, FactType type) {

    public static final Fact APPLICATION_DATE = new Fact("application.date", FactType.DATE);
    public static final Fact BIRTH_DATE = new Fact("person.birthDate", FactType.DATE);
    public static final Fact NATIONALITY = new Fact("person.nationality", FactType.TEXT);
    public static final Fact COUNTRY_OF_RESIDENCE = new Fact("person.countryOfResidence", FactType.TEXT);
    public static final Fact AREA = new Fact("person.area", FactType.TEXT);
    public static final Fact LEFT_AREA_ON = new Fact("person.leftAreaOn", FactType.DATE);
    public static final Fact ENTRY_DATE = new Fact("entry.date", FactType.DATE);
    public static final Fact RESIDENCE_SINCE = new Fact("residence.since", FactType.DATE);
    public static final Fact EXPERIENCE_MONTHS = new Fact("experience.months", FactType.NUMBER);
    public static final Fact HOURS_PER_WEEK = new Fact("job.hoursPerWeek", FactType.NUMBER);
    public static final Fact WAGE = new Fact("job.wage", FactType.MONEY);
    public static final Fact CONTRACT_MONTHS = new Fact("job.contractMonths", FactType.NUMBER);
    public static final Fact SECTOR = new Fact("job.sector", FactType.TEXT);
    public static final Fact OCCUPATION = new Fact("job.occupation", FactType.TEXT);
    public static final Fact CHILDREN_BIRTH_DATES = new Fact("family.children[].birthDate", FactType.DATE_LIST);
    public static final Fact PARTNER = new Fact("family.partner", FactType.BOOLEAN);
    /** Adults applying together with the main applicant, the partner included. */
    public static final Fact ADULTS = new Fact("family.adults", FactType.NUMBER);

    public static final Fact DOCUMENTS_PROVIDED = new Fact("documents.provided", FactType.TEXT_SET);

    public static final List<Fact> FIXED = List.of(
            APPLICATION_DATE,
            BIRTH_DATE,
            NATIONALITY,
            COUNTRY_OF_RESIDENCE,
            AREA,
            LEFT_AREA_ON,
            ENTRY_DATE,
            RESIDENCE_SINCE,
            EXPERIENCE_MONTHS,
            HOURS_PER_WEEK,
            WAGE,
            CONTRACT_MONTHS,
            SECTOR,
            OCCUPATION,
            CHILDREN_BIRTH_DATES,
            PARTNER,
            ADULTS,
            DOCUMENTS_PROVIDED);

    /** The form of the names of lists, quotas, documents, sectors and waivers. */
    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Map<String, Fact> BY_NAME =
            FIXED.stream().collect(Collectors.toUnmodifiableMap(Fact::name, Function.identity()));
    /** The labels of the fixed facts, made once: criteria name their fact in every explanation they give. */
    private static final Map<String, Reason> LABELS =
            FIXED.stream().collect(Collectors.toUnmodifiableMap(Fact::name, fact -> Reason.of("fact." + fact.name())));

    private static final Pattern QUOTA = Pattern.compile("quota\\.(" + CODE_PATTERN + ")\\.remaining");

    /** The remaining places of a named quota, a number the caller supplies. */
    public static Fact quotaRemaining(String quota) {
        return new Fact("quota." + quota + ".remaining", FactType.NUMBER);
    }

    /** Whether this is one of the facts above or a quota's, with its proper type. */
    public boolean isKnown() {
        return named(name).filter(this::equals).isPresent();
    }

    public static Optional<Fact> named(String name) {
        Fact fixed = BY_NAME.get(name);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        var quota = QUOTA.matcher(name);
        return quota.matches() ? Optional.of(quotaRemaining(quota.group(1))) : Optional.empty();
    }

    /** The name of this fact in the reader's language, as a reason to render. */
    public Reason label() {
        Reason fixed = LABELS.get(name);
        if (fixed != null) {
            return fixed;
        }
        var quota = QUOTA.matcher(name);
        return quota.matches() ? Reason.of("fact.quota", quota.group(1)) : Reason.of("fact." + name);
    }

    @Override
    public String toString() {
        return name;
    }
}
