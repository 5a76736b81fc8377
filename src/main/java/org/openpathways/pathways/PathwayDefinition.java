package org.openpathways.pathways;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.platform.i18n.Language;

/**
 * A whole pathway as its authors write it: the facts that stay the same in every language, and the texts in each
 * language. This is what is saved, versioned, and imported and exported as one document (ADR 0012).
 *
 * <p>A definition is always complete: constructing one checks that every language has every text, that every fee has a
 * name in every language and that the numbers are in range, and throws {@link InvalidPathwayDefinition} naming all the
 * problems otherwise.
 *
 * @param code the pathway's stable code, used in web addresses: lower-case letters, digits and single dashes
 * @param category the kind of pathway
 * @param decisionTime the statutory decision time
 * @param applicationWindow when applications are accepted, for pathways open only for a time
 * @param fees what applying costs, in the order shown; empty when applying is free
 * @param permit the permit granted
 * @param texts the texts, one for each {@link Language}
 * @param eligibility who may apply, as rules a questionnaire can ask about and explain; {@code null} when the pathway
 *     has no rules yet (it is then left out of eligibility checks)
 */
public record PathwayDefinition(
        String code,
        PathwayCategory category,
        DecisionTime decisionTime,
        @Nullable ApplicationWindow applicationWindow,
        List<Fee> fees,
        Permit permit,
        Map<Language, PathwayText> texts,
        @Nullable RuleSet eligibility) {

    /** The form of pathway and fee codes. */
    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public static final int MAX_CODE_LENGTH = 60;

    public PathwayDefinition {
        fees = List.copyOf(fees);
        texts = Map.copyOf(texts);
        List<String> problems = new DefinitionRules(code, decisionTime, fees, texts).problems();
        if (!problems.isEmpty()) {
            throw new InvalidPathwayDefinition(problems);
        }
    }

    /** A definition without eligibility rules. */
    public PathwayDefinition(
            String code,
            PathwayCategory category,
            DecisionTime decisionTime,
            @Nullable ApplicationWindow applicationWindow,
            List<Fee> fees,
            Permit permit,
            Map<Language, PathwayText> texts) {
        this(code, category, decisionTime, applicationWindow, fees, permit, texts, null);
    }

    public PathwayText text(Language language) {
        return texts.get(language);
    }
}
