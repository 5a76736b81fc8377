package org.openpathways.pathways.rules;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * A range of ages in whole years: at least {@code atLeast}, and under {@code under} (so "a child" is under 18).
 *
 * <p>An age is the years of {@link Period#between} the birth date and the reference date. A person born on 29 February
 * is therefore a year older on 1 March in a year without 29 February (on 28 February they are still a day short).
 * Someone born after the reference date has no age yet and is in no range.
 */
public record AgeRange(@Nullable Integer atLeast, @Nullable Integer under) {

    public AgeRange {
        Invariants.require(atLeast != null || under != null, "an age range needs atLeast, under or both");
        Invariants.require(atLeast == null || (atLeast >= 0 && atLeast <= 150), "atLeast must be from 0 to 150");
        Invariants.require(under == null || (under >= 1 && under <= 150), "under must be from 1 to 150");
        Invariants.require(atLeast == null || under == null || atLeast < under, "atLeast must be less than under");
    }

    public static AgeRange under(int years) {
        return new AgeRange(null, years);
    }

    public static AgeRange atLeast(int years) {
        return new AgeRange(years, null);
    }

    public static AgeRange between(int atLeast, int under) {
        return new AgeRange(atLeast, under);
    }

    /** The age on a date, or -1 for someone not yet born then. */
    public static int age(LocalDate birth, LocalDate on) {
        return birth.isAfter(on) ? -1 : Period.between(birth, on).getYears();
    }

    boolean contains(int age) {
        return age >= 0 && (atLeast == null || age >= atLeast) && (under == null || age < under);
    }

    Reason reason() {
        if (atLeast == null) {
            return Reason.of("range.under", under);
        }
        return under == null ? Reason.of("range.atLeast", atLeast) : Reason.of("range.between", atLeast, under);
    }
}
