package org.openpathways.applications.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpathways.accounts.Role;
import org.openpathways.applications.Actor;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationRefused;
import org.openpathways.applications.ApplicationView;
import org.openpathways.applications.Applications;
import org.openpathways.applications.Decisions;
import org.openpathways.applications.MissingItem;
import org.openpathways.applications.domain.PathwayTerms;
import org.openpathways.documents.DocumentMetadata;
import org.openpathways.documents.Documents;
import org.openpathways.documents.Requester;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayDetails;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.FormErrors.FieldMessage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's pages: their applications, starting one, filling it in, sending it, following and answering. */
@Controller
class ApplicationPages {

    private final Applications applications;
    private final PathwayCatalogue catalogue;
    private final Documents documents;
    private final ApplicationTexts texts;
    private final Decisions decisions;

    ApplicationPages(
            Applications applications,
            PathwayCatalogue catalogue,
            Documents documents,
            ApplicationTexts texts,
            Decisions decisions) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.documents = documents;
        this.texts = texts;
        this.decisions = decisions;
    }

    @GetMapping("/applications")
    String list(Authentication authentication, Model model, Locale locale) {
        List<ApplicationView> own = applications.own(Actors.of(authentication));
        model.addAttribute("applications", own);
        model.addAttribute(
                "titles", titles(own.stream().map(ApplicationView::pathwayCode).collect(Collectors.toSet()), locale));
        return "applications/list";
    }

    @GetMapping("/applications/new")
    String startPage(@RequestParam(defaultValue = "") String pathway, Model model, Locale locale) {
        PathwayDetails details = published(pathway, locale);
        model.addAttribute("pathway", details);
        return "applications/new";
    }

    @PostMapping("/applications")
    String start(@RequestParam(defaultValue = "") String pathway, Authentication authentication) {
        ApplicationView started = applications.start(Actors.of(authentication), pathway);
        return "redirect:/applications/" + started.reference() + "/edit";
    }

    @PostMapping("/applications/renewals")
    String renew(@RequestParam(defaultValue = "") String permit, Authentication authentication) {
        ApplicationView started = applications.startRenewal(Actors.of(authentication), permit);
        return "redirect:/applications/" + started.reference() + "/edit";
    }

    @GetMapping("/applications/{reference}")
    String view(@PathVariable String reference, Authentication authentication, Model model, Locale locale) {
        ApplicationView view = applications.find(Actors.of(authentication), reference);
        if (!view.applicant().equals(Actors.of(authentication).account())) {
            return "redirect:/casework/" + view.reference();
        }
        if (view.status().decided()) {
            var letter = decisions.letter(Actors.of(authentication), reference);
            model.addAttribute("decision", letter);
            model.addAttribute(
                    "appealLate",
                    letter.appealDeadline() != null && applications.today().isAfter(letter.appealDeadline()));
        }
        return viewPage(view, model, locale);
    }

    @PostMapping("/applications/{reference}/answer")
    String answer(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String answer,
            Authentication authentication,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Actor actor = Actors.of(authentication);
        try {
            applications.answer(actor, reference, answer);
        } catch (ApplicationRefused refused) {
            model.addAttribute("errors", messages(refused.items(), locale));
            model.addAttribute("answer", answer);
            return viewPage(applications.find(actor, reference), model, locale);
        }
        redirect.addFlashAttribute("answered", true);
        return "redirect:/applications/" + reference;
    }

    @PostMapping("/applications/{reference}/withdraw")
    String withdraw(@PathVariable String reference, Authentication authentication) {
        applications.withdraw(Actors.of(authentication), reference, null);
        return "redirect:/applications/" + reference;
    }

    @GetMapping("/applications/{reference}/edit")
    String edit(@PathVariable String reference, Authentication authentication, Model model, Locale locale) {
        Actor actor = Actors.of(authentication);
        ApplicationView view = own(actor, reference);
        return form(view, actor, ApplicationForm.values(view.details()), List.of(), model, locale);
    }

    @PostMapping("/applications/{reference}/edit")
    String save(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            @RequestParam(defaultValue = "save") String action,
            Authentication authentication,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Actor actor = Actors.of(authentication);
        ApplicationView view = own(actor, reference);
        PathwayTerms terms = applications.terms(view.pathwayCode()).orElse(null);
        ApplicationForm form = ApplicationForm.of(fields);
        ApplicationDetails details = form.details(terms == null ? List.of() : terms.documentCodes());
        if (!form.problems().isEmpty()) {
            return form(view, actor, form.values(), form.problems(), model, locale);
        }
        try {
            ApplicationView saved = applications.save(actor, reference, null, details);
            if ("submit".equals(action)) {
                applications.submit(actor, reference, saved.version());
                redirect.addFlashAttribute("submitted", true);
                return "redirect:/applications/" + reference;
            }
        } catch (ApplicationRefused refused) {
            return form(own(actor, reference), actor, form.values(), refused.items(), model, locale);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/applications/" + reference;
    }

    private String viewPage(ApplicationView view, Model model, Locale locale) {
        model.addAttribute("current", view);
        model.addAttribute("title", title(view.pathwayCode(), locale));
        model.addAttribute("missing", messages(view.missing(), locale));
        return "applications/view";
    }

    private String form(
            ApplicationView view,
            Actor actor,
            Map<String, String> values,
            List<MissingItem> problems,
            Model model,
            Locale locale) {
        if (view.status() != org.openpathways.applications.ApplicationStatus.DRAFT) {
            throw ProblemException.conflict("applications.not-draft");
        }
        PathwayTerms terms = applications
                .terms(view.pathwayCode())
                .orElseThrow(() -> ProblemException.conflict("applications.pathway-withdrawn"));
        List<FieldMessage> errors = messages(problems, locale);
        model.addAttribute("current", view);
        model.addAttribute("title", title(view.pathwayCode(), locale));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "fieldErrors",
                errors.stream().collect(Collectors.toMap(FieldMessage::field, FieldMessage::message, (a, b) -> a)));
        model.addAttribute("terms", terms);
        model.addAttribute(
                "documentNames",
                terms.documentCodes().stream()
                        .collect(Collectors.toMap(code -> code, code -> texts.documentName(code, locale))));
        model.addAttribute(
                "waiverNames",
                terms.waiverCodes().stream()
                        .collect(Collectors.toMap(code -> code, code -> texts.documentName(code, locale))));
        model.addAttribute("ownDocuments", ownDocuments(actor));
        model.addAttribute("countries", countries(locale));
        model.addAttribute(
                "childRows",
                Math.min(
                        Math.max(ApplicationForm.childRows(view.details()), countChildren(values) + 1),
                        ApplicationDetails.MAX_CHILDREN));
        model.addAttribute("fees", published(view.pathwayCode(), locale).fees());
        return "applications/form";
    }

    private List<DocumentMetadata> ownDocuments(Actor actor) {
        Set<String> roles = actor.roles().stream().map(Role::name).collect(Collectors.toSet());
        return documents
                .listOwn(new Requester(actor.account(), roles), 0, Documents.MAX_PAGE_SIZE)
                .items();
    }

    private ApplicationView own(Actor actor, String reference) {
        ApplicationView view = applications.find(actor, reference);
        if (!view.applicant().equals(actor.account())) {
            throw ProblemException.notFound("applications.not-found");
        }
        return view;
    }

    private PathwayDetails published(String code, Locale locale) {
        return catalogue
                .publishedPathway(code, Language.of(locale))
                .orElseThrow(() -> ProblemException.notFound("applications.pathway-not-found"));
    }

    private String title(String code, Locale locale) {
        return catalogue
                .publishedPathway(code, Language.of(locale))
                .map(details -> details.text().title())
                .orElse(code);
    }

    private Map<String, String> titles(Set<String> codes, Locale locale) {
        Map<String, String> titles = new HashMap<>();
        codes.forEach(code -> titles.put(code, title(code, locale)));
        return titles;
    }

    private List<FieldMessage> messages(List<MissingItem> items, Locale locale) {
        return items.stream()
                .map(item -> new FieldMessage(item.field(), texts.message(item, locale)))
                .toList();
    }

    private static int countChildren(Map<String, String> values) {
        return (int) values.keySet().stream()
                .filter(name -> name.startsWith("children[") && name.endsWith(".fullName"))
                .count();
    }

    /** Countries by their names in the reader's language, in the reader's alphabetical order. */
    static List<Map.Entry<String, String>> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Map.Entry::getValue, collator))
                .toList();
    }
}
