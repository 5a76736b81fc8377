package org.openpathways.pathways.rules;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** An amount in an ISO 4217 currency. Amounts in different currencies are never compared or added. */
public record Money(BigDecimal amount, String currency) {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    public Money {
        if (!isCurrency(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
    }

    public static boolean isCurrency(String code) {
        return code.matches("[A-Z]{3}") && CURRENCIES.contains(code);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
