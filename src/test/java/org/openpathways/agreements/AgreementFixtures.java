package org.openpathways.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openpathways.platform.i18n.Language;

/** Agreements and quotas for tests, each with codes of its own so that tests sharing a database never meet. */
public final class AgreementFixtures {

    public static final String PATHWAY = "seasonal-agricultural-work";
    public static final LocalDate PERIOD_START = LocalDate.of(2027, 1, 1);
    public static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);

    private AgreementFixtures() {}

    public static String aCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A bilateral agreement in force with Senegal and Morocco and one agriculture quota of the given places. */
    public static AgreementTerms anAgreementInForceWithAQuota(String code, String quotaCode, int capacity) {
        return new AgreementTerms(
                code,
                AgreementKind.BILATERAL,
                Map.of(
                        Language.ENGLISH, "Seasonal work agreement " + code,
                        Language.ARABIC, "اتفاقية العمل الموسمي " + code),
                List.of("SN", "MA"),
                List.of("agriculture"),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2029, 12, 31),
                Map.of(
                        Language.ENGLISH, List.of("Equal pay for equal work.", "No recruitment fees."),
                        Language.ARABIC, List.of("أجر متساوٍ عن العمل المتساوي.", "لا رسوم توظيف.")),
                AgreementStatus.IN_FORCE,
                List.of(aQuota(quotaCode, capacity)));
    }

    public static QuotaTerms aQuota(String code, int capacity) {
        return new QuotaTerms(code, List.of(PATHWAY), "agriculture", List.of(), PERIOD_START, PERIOD_END, capacity);
    }
}
