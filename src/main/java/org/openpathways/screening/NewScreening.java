package org.openpathways.screening;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A screening as the officer filled it in: answers by question code ({@code yes}, {@code no}, an option's code or a
 * number), and the application the person made, when they were met through one.
 */
public record NewScreening(
        Map<String, String> answers, @Nullable String applicationReference) {

    public NewScreening {
        answers = Map.copyOf(answers);
    }
}
