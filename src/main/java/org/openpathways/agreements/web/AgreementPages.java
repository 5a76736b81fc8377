package org.openpathways.agreements.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.agreements.AgreementView;
import org.openpathways.agreements.Agreements;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.Dates;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public agreements pages with their quotas' use now, and the administrators' overview with drafts. */
@Controller
class AgreementPages {

    private final Agreements agreements;
    private final Names names;
    private final Dates dates;

    AgreementPages(Agreements agreements, Names names, Dates dates) {
        this.agreements = agreements;
        this.names = names;
        this.dates = dates;
    }

    @GetMapping("/agreements")
    String list(Model model, Locale locale) {
        Language language = Language.of(locale);
        model.addAttribute(
                "agreements",
                agreements.inForce().stream()
                        .map(agreement -> AgreementPage.of(agreement, language, names, dates))
                        .toList());
        return "agreements/list";
    }

    @GetMapping("/agreements/{code}")
    String agreement(@PathVariable String code, @Nullable Authentication authentication, Model model, Locale locale) {
        AgreementView agreement = (Administrators.is(authentication)
                        ? agreements.any(code)
                        : agreements.published(code))
                .orElseThrow(() -> ProblemException.notFound("agreements.not-found"));
        model.addAttribute("agreement", AgreementPage.of(agreement, Language.of(locale), names, dates));
        return "agreements/agreement";
    }

    @GetMapping("/admin/agreements")
    String administration(Model model, Locale locale) {
        Language language = Language.of(locale);
        model.addAttribute(
                "agreements",
                agreements.all().stream()
                        .map(agreement -> AgreementPage.of(agreement, language, names, dates))
                        .toList());
        return "agreements/admin";
    }
}
