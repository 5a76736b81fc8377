package org.openpathways.pathways;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.i18n.Language;

/**
 * The completeness rules of a pathway definition. Texts are plain text: markup characters and control characters are
 * refused, because they have no place in what a migrant reads and are the usual carriers of injected content.
 */
final class DefinitionRules {

    static final int MAX_TITLE = 120;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_ITEM = 500;
    static final int MAX_ITEMS = 30;
    static final int MAX_FEES = 10;

    private final String code;
    private final DecisionTime decisionTime;
    private final List<Fee> fees;
    private final Map<Language, PathwayText> texts;
    private final List<String> problems = new ArrayList<>();

    DefinitionRules(String code, DecisionTime decisionTime, List<Fee> fees, Map<Language, PathwayText> texts) {
        this.code = code;
        this.decisionTime = decisionTime;
        this.fees = fees;
        this.texts = texts;
    }

    List<String> problems() {
        if (!code.matches(PathwayDefinition.CODE_PATTERN) || code.length() > PathwayDefinition.MAX_CODE_LENGTH) {
            problems.add("code must be 1 to " + PathwayDefinition.MAX_CODE_LENGTH
                    + " lower-case letters, digits and single dashes");
        }
        if (fees.size() > MAX_FEES) {
            problems.add("fees must not be more than " + MAX_FEES);
        }
        Set<String> feeCodes = fees.stream().map(Fee::code).collect(Collectors.toSet());
        if (feeCodes.size() != fees.size()) {
            problems.add("fees must have different codes");
        }
        for (Language language : Language.values()) {
            PathwayText text = texts.get(language);
            if (text == null) {
                problems.add("texts." + language.code() + " is missing");
            } else {
                checkText("texts." + language.code(), text, feeCodes);
            }
        }
        return List.copyOf(problems);
    }

    private void checkText(String path, PathwayText text, Set<String> feeCodes) {
        plain(path + ".title", text.title(), MAX_TITLE);
        plain(path + ".summary", text.summary(), MAX_SUMMARY);
        plain(path + ".permitName", text.permitName(), MAX_TITLE);
        items(path + ".whoCanApply", text.whoCanApply(), 1);
        items(path + ".documents", text.documents(), 1);
        items(path + ".feeWaivers", text.feeWaivers(), 0);
        items(path + ".permitConditions", text.permitConditions(), 0);
        if (!text.feeNames().keySet().equals(feeCodes)) {
            Set<String> missing = new HashSet<>(feeCodes);
            missing.removeAll(text.feeNames().keySet());
            Set<String> unknown = new HashSet<>(text.feeNames().keySet());
            unknown.removeAll(feeCodes);
            problems.add(path + ".fees must name exactly the fees defined (missing " + missing + ", unknown " + unknown
                    + ")");
        }
        text.feeNames().forEach((fee, name) -> plain(path + ".fees." + fee, name, MAX_TITLE));
        if (decisionTime.extendable()) {
            plain(path + ".decisionExtension", text.decisionExtension(), MAX_ITEM);
        } else if (text.decisionExtension() != null) {
            problems.add(path + ".decisionExtension must be empty when the decision time cannot be extended");
        }
    }

    private void items(String path, List<String> items, int minimum) {
        if (items.size() < minimum || items.size() > MAX_ITEMS) {
            problems.add(path + " must have between " + minimum + " and " + MAX_ITEMS + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            plain(path + "[" + i + "]", items.get(i), MAX_ITEM);
        }
    }

    private void plain(String path, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(path + " is missing");
        } else if (value.length() > maxLength) {
            problems.add(path + " must not be longer than " + maxLength + " characters");
        } else if (!value.equals(value.strip())) {
            problems.add(path + " must not start or end with spaces");
        } else if (value.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            problems.add(path + " must be plain text, without markup or control characters");
        }
    }
}
