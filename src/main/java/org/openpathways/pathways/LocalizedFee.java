package org.openpathways.pathways;

import java.math.BigDecimal;

/** A fee with its name in the reader's language. */
public record LocalizedFee(String code, String name, BigDecimal amount, String currency) {}
