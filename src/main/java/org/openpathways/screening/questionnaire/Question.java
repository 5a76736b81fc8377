package org.openpathways.screening.questionnaire;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One question.
 *
 * @param weight what a "yes" weighs (yes/no questions)
 * @param options the answers of a choice question, each with its weight
 * @param bands the weights of a number question: the highest band the answer reaches counts
 */
public record Question(
        String code,
        Level level,
        Factor factor,
        AnswerType type,
        int weight,
        boolean required,
        Texts text,
        List<Option> options,
        int min,
        int max,
        List<Band> bands) {

    public Question {
        options = List.copyOf(options);
        bands = List.copyOf(bands);
    }

    public record Option(String code, int weight, Texts text) {}

    public record Band(int atLeast, int weight) {}

    /** Why an answer cannot be accepted ({@code missing} or {@code invalid}), if it cannot. */
    public Optional<String> problem(@Nullable String answer) {
        if (answer == null || answer.isBlank()) {
            return required ? Optional.of("missing") : Optional.empty();
        }
        boolean valid = switch (type) {
            case YES_NO -> answer.equals("yes") || answer.equals("no");
            case CHOICE -> options.stream().anyMatch(option -> option.code().equals(answer));
            case NUMBER -> number(answer) != null;
        };
        return valid ? Optional.empty() : Optional.of("invalid");
    }

    /** What the answer weighs, with the sign of the factor; zero when unanswered. */
    int weigh(@Nullable String answer) {
        if (answer == null) {
            return 0;
        }
        int raw = switch (type) {
            case YES_NO -> answer.equals("yes") ? weight : 0;
            case CHOICE ->
                options.stream()
                        .filter(option -> option.code().equals(answer))
                        .mapToInt(Option::weight)
                        .findFirst()
                        .orElse(0);
            case NUMBER -> {
                Integer value = number(answer);
                int reached = 0;
                for (Band band : bands) {
                    if (value != null && value >= band.atLeast()) {
                        reached = band.weight();
                    }
                }
                yield reached;
            }
        };
        return factor.sign() * raw;
    }

    @Nullable
    Integer number(String answer) {
        if (!answer.matches("-?[0-9]{1,6}")) {
            return null;
        }
        int value = Integer.parseInt(answer);
        return value < min || value > max ? null : value;
    }
}
