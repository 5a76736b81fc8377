package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fee by household composition: a base amount for the main applicant, plus an amount per other adult applying
 * with them ({@code family.adults}, the partner included) and per child ({@code family.children[].birthDate}), unless a
 * waiver applies. Waivers are tried in order; the first that is met applies.
 */
public record FeeSchedule(
        String currency, BigDecimal base, BigDecimal perAdult, BigDecimal perChild, List<FeeWaiver> waivers) {

    /** More household members than this are taken as a mistake in the answers rather than charged for. */
    static final int MAX_MEMBERS = 100;

    public FeeSchedule {
        waivers = List.copyOf(waivers);
        Invariants.require(Money.isCurrency(currency), "not an ISO 4217 currency code: " + currency);
        for (BigDecimal amount : List.of(base, perAdult, perChild)) {
            Invariants.require(
                    isAmount(amount, currency), "amounts must be 0 to 999999999 in " + currency + "'s units");
        }
        Invariants.require(
                waivers.stream().map(FeeWaiver::code).distinct().count() == waivers.size(),
                "waivers must have different codes");
    }

    public static boolean isAmount(BigDecimal amount, String currency) {
        int decimals = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return amount.signum() >= 0
                && amount.compareTo(BigDecimal.valueOf(999_999_999)) <= 0
                && amount.stripTrailingZeros().scale() <= decimals;
    }

    FeeAssessment assess(Evaluation evaluation) {
        List<Explanation> parts = new ArrayList<>();
        boolean undecided = false;
        for (FeeWaiver waiver : waivers) {
            Explanation explained = evaluation.evaluate(waiver.when());
            parts.add(new Explanation(
                    explained.outcome(),
                    Reason.of("fee.waiver." + MessageKeys.suffix(explained.outcome()), waiver.code()),
                    List.of(),
                    List.of(explained)));
            if (explained.outcome() == Outcome.MET) {
                Money nothing = new Money(BigDecimal.ZERO.setScale(base.scale()), currency);
                return new FeeAssessment(
                        nothing, waiver.code(), settled(Reason.of("fee.waived", waiver.code()), parts));
            }
            undecided |= explained.outcome() == Outcome.UNKNOWN;
        }
        var lookup = evaluation.lookup();
        BigDecimal adults = lookup.number(Fact.ADULTS);
        var children = lookup.dates(Fact.CHILDREN_BIRTH_DATES);
        if (adults == null || children == null) {
            parts.add(lookup.unknown());
            return unsettled(parts);
        }
        @Nullable
        Fact implausible =
                !isCount(adults) ? Fact.ADULTS : children.size() > MAX_MEMBERS ? Fact.CHILDREN_BIRTH_DATES : null;
        if (implausible != null) {
            parts.add(Explanation.unknown(Reason.of("unknown.invalid", implausible.label()), List.of(implausible)));
            return unsettled(parts);
        }
        parts.add(Explanation.decided(true, Reason.of("fee.household", adults.intValueExact(), children.size())));
        if (undecided) {
            return unsettled(parts);
        }
        BigDecimal amount =
                base.add(perAdult.multiply(adults)).add(perChild.multiply(BigDecimal.valueOf(children.size())));
        return new FeeAssessment(
                new Money(amount, currency), null, settled(Reason.of("fee.due", amount, currency), parts));
    }

    private static boolean isCount(BigDecimal number) {
        return number.signum() >= 0
                && number.compareTo(BigDecimal.valueOf(MAX_MEMBERS)) <= 0
                && number.stripTrailingZeros().scale() <= 0;
    }

    private static Explanation settled(Reason reason, List<Explanation> parts) {
        return new Explanation(Outcome.MET, reason, List.of(), parts);
    }

    private static FeeAssessment unsettled(List<Explanation> parts) {
        return new FeeAssessment(
                null, null, new Explanation(Outcome.UNKNOWN, Reason.of("fee.unknown"), List.of(), parts));
    }

    List<Fact> requiredFacts() {
        List<Fact> facts = new ArrayList<>();
        waivers.forEach(waiver -> facts.addAll(waiver.when().requiredFacts()));
        facts.add(Fact.ADULTS);
        facts.add(Fact.CHILDREN_BIRTH_DATES);
        return facts;
    }
}
