package org.openpathways.referrals;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The closed list of the kinds of a case's data a person may agree to share with a provider, each naming exactly the
 * fields of {@link SharedData} the provider then sees. A consent or referral naming any other category is refused:
 * categories such as medical, legal-status or family data are not defined because no module holds such data yet; a new
 * one is added here with its fields (see ADR 0019).
 */
public enum DataCategory {
    /** Who the person is: full name, claimed date of birth, sex and nationality. */
    IDENTITY("identity", List.of("fullName", "claimedBirthDate", "sex", "nationality")),
    /** How to reach the person: their phone number. */
    CONTACT("contact", List.of("phone")),
    /** The languages the person speaks, to plan interpretation. */
    LANGUAGES("languages", List.of("languages")),
    /** The needs that screening raised (need codes), never the answers behind them. */
    NEEDS("needs", List.of("needs"));

    private final String code;
    private final List<String> fields;

    DataCategory(String code, List<String> fields) {
        this.code = code;
        this.fields = fields;
    }

    public String code() {
        return code;
    }

    /** The names of the {@link SharedData} fields this category fills. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The categories in their declared order (identity, contact, languages, needs), so that every list of them reads
     * the same way on every page and in every answer; unmodifiable.
     */
    public static Set<DataCategory> inOrder(Collection<DataCategory> categories) {
        Set<DataCategory> ordered = EnumSet.noneOf(DataCategory.class);
        ordered.addAll(categories);
        return Collections.unmodifiableSet(ordered);
    }

    public static Optional<DataCategory> ofCode(String code) {
        return Arrays.stream(values())
                .filter(category -> category.code.equals(code))
                .findFirst();
    }
}
