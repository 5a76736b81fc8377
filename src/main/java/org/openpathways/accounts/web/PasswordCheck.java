package org.openpathways.accounts.web;

import org.openpathways.accounts.domain.PasswordPolicy;
import org.springframework.validation.BindingResult;

/** Shows a weak password's problem beside the other errors of the form, instead of after them. */
final class PasswordCheck {

    private PasswordCheck() {}

    static void check(BindingResult result, String field, String password, String email) {
        if (!result.hasFieldErrors(field) && !password.isEmpty()) {
            PasswordPolicy.problem(password, email)
                    .ifPresent(problem -> result.rejectValue(field, "problem.password-" + problem + ".detail"));
        }
    }
}
