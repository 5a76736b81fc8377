package org.openpathways.applications.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.ApplicationWindow;
import org.openpathways.pathways.DecisionTime;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.rules.DocumentProvided;
import org.openpathways.pathways.rules.Fact;
import org.openpathways.pathways.rules.Facts;
import org.openpathways.pathways.rules.FeeAssessment;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.RuleSet;

/**
 * What an application must satisfy under one published version of a pathway: who may apply with the applicant, which
 * documents it needs, what it costs, when it may be made and how long a decision may take.
 *
 * @param catalogueFee the sum of the fees the catalogue lists, used when the rules have no fee schedule; {@code null}
 *     when applying is free
 * @param rules the version's eligibility rules; {@code null} when it has none
 */
public record PathwayTerms(
        String code,
        int version,
        PathwayCategory category,
        DecisionTime decisionTime,
        @Nullable ApplicationWindow window,
        boolean familyMayJoin,
        boolean workAllowed,
        @Nullable Money catalogueFee,
        @Nullable RuleSet rules) {

    /** The types of document the rules ask for, in the order they name them. */
    public List<String> documentCodes() {
        if (rules == null) {
            return List.of();
        }
        return rules.criteria()
                .walk()
                .filter(DocumentProvided.class::isInstance)
                .map(criterion -> ((DocumentProvided) criterion).document())
                .distinct()
                .toList();
    }

    /** The facts the rules read that the applicant answers in the form (not those the application itself states). */
    public List<Fact> factsToAnswer() {
        return rules == null
                ? List.of()
                : rules.requiredFacts().stream()
                        .filter(ApplicationFacts.FIELDS::containsKey)
                        .toList();
    }

    /** What the applicant has to pay, before any waiver they claim; empty when nothing, or not yet known. */
    public Optional<Money> feeDue(Facts facts) {
        if (rules != null && rules.fees() != null) {
            return rules.assessFee(facts)
                    .map(FeeAssessment::due)
                    .filter(due -> due != null && due.amount().signum() > 0);
        }
        return Optional.ofNullable(catalogueFee).filter(fee -> fee.amount().signum() > 0);
    }

    /** Whether the fee can be known yet: false while an answer the fee depends on is missing. */
    public boolean feeSettled(Facts facts) {
        return rules == null
                || rules.fees() == null
                || rules.assessFee(facts).map(fee -> fee.due() != null).orElse(true);
    }

    /** The waivers an applicant may claim, by code. */
    public List<String> waiverCodes() {
        return rules == null || rules.fees() == null
                ? List.of()
                : rules.fees().waivers().stream().map(waiver -> waiver.code()).toList();
    }

    public boolean open(LocalDate day) {
        return window == null || (!day.isBefore(window.opens()) && !day.isAfter(window.closes()));
    }

    public static @Nullable Money sum(List<BigDecimal> amounts, @Nullable String currency) {
        if (currency == null || amounts.isEmpty()) {
            return null;
        }
        return new Money(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }
}
