package org.openpathways.screening.questionnaire;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.screening.Needs;
import org.openpathways.screening.Rating;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a questionnaire document (YAML, or JSON, which is YAML too) and checks everything a screening relies on: codes,
 * levels, factors, answer types, weights, the four languages of every text, conditions naming existing questions and
 * answers, needs among {@link Needs#ALL}, due times, and the {@value Questionnaire#CHILD_PROTECTION_OFFICER} action.
 * Each problem names where it is, e.g. {@code question 'pregnant': text in 'ar' is missing}.
 */
public final class QuestionnaireReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String CODE = "[a-z][a-z0-9-]{0,59}";

    private QuestionnaireReader() {}

    /** @throws QuestionnaireException naming the first problem found */
    public static Questionnaire read(byte[] document) {
        JsonNode root;
        try {
            root = YAML.readTree(document);
        } catch (JacksonException | IllegalArgumentException notYaml) {
            throw new QuestionnaireException(
                    "the questionnaire is not a YAML or JSON document: " + notYaml.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new QuestionnaireException("the questionnaire is not a YAML or JSON document");
        }
        String id = code(root.path("id"), "the questionnaire's id");
        int version = integer(root.path("version"), "the questionnaire's version", 1, 1_000_000);
        List<Question> questions = new ArrayList<>();
        Map<String, Question> byCode = new HashMap<>();
        for (JsonNode node : list(root.path("questions"), "questions")) {
            Question question = question(node);
            if (byCode.put(question.code(), question) != null) {
                throw new QuestionnaireException("question '" + question.code() + "' is defined twice");
            }
            questions.add(question);
        }
        if (questions.isEmpty()) {
            throw new QuestionnaireException("the questionnaire has no questions");
        }
        JsonNode rating = root.path("rating");
        int medium = integer(rating.path("medium"), "rating: medium", 0, 10_000);
        int high = integer(rating.path("high"), "rating: high", medium, 10_000);
        List<Escalation> escalations = new ArrayList<>();
        int position = 0;
        for (JsonNode node : optionalList(rating.path("escalations"), "rating: escalations")) {
            String where = "rating: escalation " + ++position;
            escalations.add(new Escalation(rating(node.path("rating"), where), rule(node, where, byCode, true)));
        }
        List<ActionRule> actions = new ArrayList<>();
        Set<String> actionCodes = new HashSet<>();
        for (JsonNode node : list(root.path("actions"), "actions")) {
            ActionRule action = action(node, byCode);
            if (!actionCodes.add(action.code())) {
                throw new QuestionnaireException("action '" + action.code() + "' is defined twice");
            }
            actions.add(action);
        }
        ActionRule officer = actions.stream()
                .filter(a -> a.code().equals(Questionnaire.CHILD_PROTECTION_OFFICER))
                .findFirst()
                .orElseThrow(() -> new QuestionnaireException("action '" + Questionnaire.CHILD_PROTECTION_OFFICER
                        + "' is missing: children's cases need it"));
        if (!Needs.CHILD_PROTECTION.equals(officer.need())) {
            throw new QuestionnaireException("action '" + Questionnaire.CHILD_PROTECTION_OFFICER + "': need must be '"
                    + Needs.CHILD_PROTECTION + "'");
        }
        return new Questionnaire(id, version, questions, medium, high, escalations, actions);
    }

    private static Question question(JsonNode node) {
        String code = code(node.path("code"), "a question's code");
        String where = "question '" + code + "'";
        Level level = choice(node.path("level"), where + ": level", Level.class);
        Factor factor = choice(node.path("factor"), where + ": factor", Factor.class);
        AnswerType type = choice(node.path("type"), where + ": type", AnswerType.class);
        boolean required = node.path("required").asBoolean(false);
        Texts text = texts(node.path("text"), where + ": text");
        int weight = 0;
        List<Question.Option> options = new ArrayList<>();
        List<Question.Band> bands = new ArrayList<>();
        int min = 0;
        int max = 0;
        switch (type) {
            case YES_NO -> weight = integer(node.path("weight"), where + ": weight", 0, 100);
            case CHOICE -> {
                for (JsonNode option : list(node.path("options"), where + ": options")) {
                    String optionCode = code(option.path("code"), where + ": an option's code");
                    String at = where + ": option '" + optionCode + "'";
                    if (optionCode.equals("yes") || optionCode.equals("no")) {
                        throw new QuestionnaireException(at + ": use a yes-no question instead");
                    }
                    if (options.stream().anyMatch(o -> o.code().equals(optionCode))) {
                        throw new QuestionnaireException(at + " is defined twice");
                    }
                    options.add(new Question.Option(
                            optionCode,
                            integer(option.path("weight"), at + ": weight", 0, 100),
                            texts(option.path("text"), at + ": text")));
                }
                if (options.size() < 2) {
                    throw new QuestionnaireException(where + ": a choice needs at least two options");
                }
            }
            case NUMBER -> {
                min = integer(node.path("min"), where + ": min", 0, 100_000);
                max = integer(node.path("max"), where + ": max", min, 100_000);
                int previous = Integer.MIN_VALUE;
                for (JsonNode band : optionalList(node.path("bands"), where + ": bands")) {
                    int atLeast = integer(band.path("at-least"), where + ": a band's at-least", min, max);
                    if (atLeast <= previous) {
                        throw new QuestionnaireException(where + ": bands must be in increasing order of at-least");
                    }
                    previous = atLeast;
                    bands.add(new Question.Band(atLeast, integer(band.path("weight"), where + ": weight", 0, 100)));
                }
            }
        }
        return new Question(code, level, factor, type, weight, required, text, options, min, max, bands);
    }

    private static ActionRule action(JsonNode node, Map<String, Question> questions) {
        String code = code(node.path("code"), "an action's code");
        String where = "action '" + code + "'";
        String need = null;
        if (!node.path("need").isMissingNode()) {
            need = node.path("need").asString("");
            if (!Needs.ALL.contains(need)) {
                throw new QuestionnaireException(where + ": need '" + need + "' is not one of " + Needs.ALL);
            }
        }
        Duration due;
        try {
            due = Duration.parse(node.path("due").asString(""));
        } catch (DateTimeParseException notADuration) {
            throw new QuestionnaireException(where + ": due must be an ISO-8601 duration such as PT1H or P1D");
        }
        if (due.isNegative() || due.isZero() || due.compareTo(Duration.ofDays(90)) > 0) {
            throw new QuestionnaireException(where + ": due must be more than zero and at most 90 days");
        }
        Rating rating = node.path("rating").isMissingNode() ? null : rating(node.path("rating"), where);
        Rule when = rule(node, where, questions, rating == null);
        return new ActionRule(code, need, due, when, rating, texts(node.path("text"), where + ": text"));
    }

    private static Rule rule(JsonNode node, String where, Map<String, Question> questions, boolean conditionRequired) {
        List<Condition> any = conditions(node.path("any"), where + ": any", questions);
        List<Condition> all = conditions(node.path("all"), where + ": all", questions);
        if (conditionRequired && any.isEmpty() && all.isEmpty()) {
            throw new QuestionnaireException(where + ": needs conditions (any or all) or a rating");
        }
        return new Rule(any, all);
    }

    private static List<Condition> conditions(JsonNode node, String where, Map<String, Question> questions) {
        List<Condition> conditions = new ArrayList<>();
        for (JsonNode condition : optionalList(node, where)) {
            String code = condition.path("question").asString("");
            Question question = questions.get(code);
            if (question == null) {
                throw new QuestionnaireException(where + ": question '" + code + "' does not exist");
            }
            JsonNode is = condition.path("is");
            if (!is.isMissingNode()) {
                String answer = is.isBoolean() ? (is.asBoolean() ? "yes" : "no") : is.asString("");
                if (question.type() == AnswerType.NUMBER
                        || question.problem(answer).isPresent()) {
                    throw new QuestionnaireException(
                            where + ": '" + answer + "' is not an answer of question '" + code + "'");
                }
                conditions.add(new Condition(code, answer, null));
            } else if (question.type() == AnswerType.NUMBER) {
                int atLeast = integer(
                        condition.path("at-least"),
                        where + ": at-least for '" + code + "'",
                        question.min(),
                        question.max());
                conditions.add(new Condition(code, null, atLeast));
            } else {
                throw new QuestionnaireException(where + ": the condition on '" + code + "' needs 'is'");
            }
        }
        return conditions;
    }

    private static Texts texts(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new QuestionnaireException(where + " is missing");
        }
        Map<String, String> texts = new HashMap<>();
        for (String language : Texts.LANGUAGES) {
            String text = node.path(language).asString("").strip();
            if (text.isEmpty()) {
                throw new QuestionnaireException(where + " in '" + language + "' is missing");
            }
            if (text.length() > 500 || text.contains("<") || text.contains(">")) {
                throw new QuestionnaireException(where + " in '" + language + "' is too long or has markup");
            }
            texts.put(language, text);
        }
        return new Texts(texts);
    }

    private static String code(JsonNode node, String what) {
        String code = node.isString() ? node.asString() : "";
        if (!code.matches(CODE)) {
            throw new QuestionnaireException(what + " must be a lower-case code such as 'travelling-alone'");
        }
        return code;
    }

    private static int integer(JsonNode node, String what, int min, int max) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw new QuestionnaireException(what + " must be a whole number from " + min + " to " + max);
        }
        return node.asInt();
    }

    private static Rating rating(JsonNode node, String where) {
        return choice(node, where + ": rating", Rating.class);
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String what, Class<E> type) {
        String text = node.asString("").toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new QuestionnaireException(what + " must be one of " + allowed);
    }

    private static List<JsonNode> list(JsonNode node, String what) {
        if (!node.isArray() || node.isEmpty()) {
            throw new QuestionnaireException(what + " must be a non-empty list");
        }
        return new ArrayList<>(node.values());
    }

    private static List<JsonNode> optionalList(@Nullable JsonNode node, String what) {
        if (node == null || node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new QuestionnaireException(what + " must be a list");
        }
        return new ArrayList<>(node.values());
    }
}
