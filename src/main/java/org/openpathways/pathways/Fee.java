package org.openpathways.pathways;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * A fee an applicant may have to pay; its name in each language is in {@link PathwayText#feeNames()}, and who pays
 * nothing is in {@link PathwayText#feeWaivers()}.
 *
 * @param code identifies the fee within its pathway, e.g. {@code application}
 * @param amount the amount, with at most two decimals
 * @param currency the ISO 4217 code of the currency, e.g. {@code EUR}
 */
public record Fee(String code, BigDecimal amount, String currency) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    public Fee {
        if (!code.matches(PathwayDefinition.CODE_PATTERN) || code.length() > 40) {
            throw new InvalidPathwayDefinition("fees.code must be lower-case letters, digits and dashes: " + code);
        }
        if (amount.signum() < 0
                || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidPathwayDefinition(
                    "fees." + code + ".amount must be a positive amount with at most two decimals");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (!currency.matches("[A-Z]{3}") || !isCurrency(currency)) {
            throw new InvalidPathwayDefinition("fees." + code + ".currency must be an ISO 4217 currency code");
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
