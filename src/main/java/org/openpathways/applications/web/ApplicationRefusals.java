package org.openpathways.applications.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.openpathways.applications.ApplicationRefused;
import org.openpathways.applications.MissingItem;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Refusals of the applications API as problem details, their errors translated. */
final class ApplicationRefusals {

    private ApplicationRefusals() {}

    /** A 400 problem naming one field of a request. */
    static ProblemException field(String field, String messageKey, ApplicationTexts texts, Locale locale) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "applications.invalid")
                .with("errors", texts.problems(List.of(new MissingItem(field, messageKey, List.of())), locale));
    }

    static ResponseEntity<ProblemDetail> problem(
            ApplicationRefused refused, HttpServletRequest request, ProblemResponses problems, ApplicationTexts texts) {
        ProblemDetail problem = problems.problem(refused.status(), refused.type(), request);
        problem.setProperty("errors", texts.problems(refused.items(), problems.locale(request)));
        return ResponseEntity.status(refused.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
