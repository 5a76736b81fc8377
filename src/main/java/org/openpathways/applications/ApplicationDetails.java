package org.openpathways.applications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the applicant writes in an application, saved as they go: any part may still be missing in a draft, and
 * submission checks that nothing the pathway needs is. Kept encrypted at rest as a whole.
 *
 * @param applicant the person applying
 * @param job the job offer, for a combined residence-and-work application or a labour pathway
 * @param partner the husband, wife or registered partner applying with them
 * @param children the children applying with them
 * @param documents the applicant's documents by the document type the pathway asks for (e.g. {@code passport})
 * @param fee how the fee is paid, or which waiver the applicant claims
 * @param combinedWork whether the applicant asks for the right to work with the residence permit, in one application
 *     (false when not said)
 */
public record ApplicationDetails(
        Person applicant,
        @Nullable Job job,
        @Nullable FamilyMember partner,
        List<FamilyMember> children,
        Map<String, UUID> documents,
        FeeChoice fee,
        Boolean combinedWork) {

    public static final int MAX_CHILDREN = 12;

    public ApplicationDetails {
        children = children == null ? List.of() : List.copyOf(children);
        documents = documents == null ? Map.of() : Map.copyOf(documents);
        fee = fee == null ? FeeChoice.none() : fee;
        applicant = applicant == null ? Person.empty() : applicant;
        combinedWork = Boolean.TRUE.equals(combinedWork);
    }

    public static ApplicationDetails empty() {
        return new ApplicationDetails(Person.empty(), null, null, List.of(), Map.of(), FeeChoice.none(), false);
    }

    /** The person applying, with what the pathways' rules may ask about them. */
    public record Person(
            @Nullable String fullName,
            @Nullable LocalDate birthDate,
            @Nullable Sex sex,
            @Nullable String nationality,
            @Nullable String countryOfResidence,
            @Nullable LocalDate entryDate,
            @Nullable LocalDate residenceSince,
            @Nullable Integer experienceMonths,
            @Nullable String area,
            @Nullable LocalDate leftAreaOn) {

        public static Person empty() {
            return new Person(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** Sex as the applicant states it; used only for statistics broken down by sex, never to decide. */
    public enum Sex {
        FEMALE,
        MALE,
        OTHER,
        UNDISCLOSED
    }

    /**
     * @param wage the gross monthly wage
     * @param occupation the ISCO-08 code of the occupation
     */
    public record Job(
            @Nullable String employer,
            @Nullable BigDecimal hoursPerWeek,
            @Nullable BigDecimal wage,
            @Nullable String currency,
            @Nullable Integer contractMonths,
            @Nullable String sector,
            @Nullable String occupation) {}

    public record FamilyMember(
            @Nullable String fullName, @Nullable LocalDate birthDate) {}

    /**
     * @param paymentReference the receipt of the fee paid
     * @param waiver the code of the waiver the applicant claims instead
     */
    public record FeeChoice(
            @Nullable String paymentReference, @Nullable String waiver) {

        public static FeeChoice none() {
            return new FeeChoice(null, null);
        }
    }
}
