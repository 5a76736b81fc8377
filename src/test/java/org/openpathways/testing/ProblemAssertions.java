package org.openpathways.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** Checks that a response is problem details of a given status and type, and gives nothing of the server away. */
public final class ProblemAssertions {

    public static final String TYPE_BASE = "https://openpathways.org/problems/";

    private ProblemAssertions() {}

    public static ResultMatcher problem(int status, String type) {
        return all(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value(TYPE_BASE + type),
                jsonPath("$.status").value(status),
                jsonPath("$.title").isNotEmpty(),
                content().string(not(containsString("Exception"))),
                content().string(not(containsString("\tat "))),
                content().string(not(containsString("trace"))));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
