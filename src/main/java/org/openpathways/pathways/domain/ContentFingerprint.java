package org.openpathways.pathways.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.rules.json.RuleDocuments;
import org.openpathways.platform.i18n.Language;

/**
 * A SHA-256 digest of everything a definition says, so that saving the same content again is recognised and adds no
 * version (which is what makes loading the same documents at every start harmless). Each value is written with its
 * length, so that no two different definitions can produce the same sequence of bytes.
 */
public final class ContentFingerprint {

    private final MessageDigest digest;

    private ContentFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String of(PathwayDefinition definition) {
        var fingerprint = new ContentFingerprint();
        fingerprint.add(definition.code()).add(definition.category().code());
        var decision = definition.decisionTime();
        fingerprint.add(decision.days()).add(decision.count().code()).add(decision.extensionDays());
        var window = definition.applicationWindow();
        fingerprint.add(window == null ? null : window.opens() + "/" + window.closes());
        fingerprint.add(definition.fees().size());
        for (Fee fee : definition.fees()) {
            fingerprint.add(fee.code()).add(fee.amount().toPlainString()).add(fee.currency());
        }
        var permit = definition.permit();
        var rights = permit.rights();
        fingerprint.add(permit.validityMonths()).add(String.valueOf(permit.renewable()));
        fingerprint
                .add(String.valueOf(rights.workAllowed()))
                .add(rights.workTie().code());
        fingerprint.add(String.valueOf(rights.familyMayJoin())).add(rights.longTermResidenceAfterMonths());
        for (Language language : Language.values()) {
            PathwayText text = definition.text(language);
            fingerprint.add(language.code()).add(text.title()).add(text.summary());
            fingerprint.add(text.whoCanApply()).add(text.documents()).add(text.feeNames());
            fingerprint.add(text.feeWaivers()).add(text.decisionExtension()).add(text.permitName());
            fingerprint.add(text.permitConditions());
        }
        var eligibility = definition.eligibility();
        fingerprint.add(
                eligibility == null ? null : new String(RuleDocuments.write(eligibility), StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    private ContentFingerprint add(@Nullable Object value) {
        if (value == null) {
            digest.update((byte) 0);
            return this;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(lengthOf(bytes.length));
        digest.update(bytes);
        return this;
    }

    private ContentFingerprint add(List<String> values) {
        add(values.size());
        values.forEach(this::add);
        return this;
    }

    private ContentFingerprint add(Map<String, String> values) {
        add(values.size());
        new TreeMap<>(values).forEach((key, value) -> add(key).add(value));
        return this;
    }

    private static byte[] lengthOf(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }
}
