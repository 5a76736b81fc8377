package org.openpathways.pathways.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.AdministeredPathway;
import org.openpathways.pathways.DefinitionProblem;
import org.openpathways.pathways.DocumentFormat;
import org.openpathways.pathways.InvalidPathwayDefinition;
import org.openpathways.pathways.PathwayAdministration;
import org.openpathways.pathways.PathwayStatus;
import org.openpathways.pathways.SavedPathway;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.platform.web.FormErrors.FieldMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of the catalogue: every pathway with its versions, one pathway with export links and the
 * publish and retire buttons, and the import of a definition from a file or pasted text. They call the same facade as
 * {@link PathwayAdministrationApi}, and work without JavaScript.
 */
@Controller
class PathwayAdminPages {

    /** The most a pasted or uploaded document may hold, as the API's body limit. */
    static final int MAX_DOCUMENT = 1024 * 1024;

    private final PathwayAdministration administration;
    private final MessageSource messages;

    PathwayAdminPages(PathwayAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/pathways")
    String list(Model model, Locale locale) {
        model.addAttribute("pathways", administration.pathways(Language.of(locale)));
        return "pathways/admin-list";
    }

    @GetMapping("/admin/pathways/{code}")
    String pathway(@PathVariable String code, Model model, Locale locale) {
        AdministeredPathway pathway = administration
                .pathway(code, Language.of(locale))
                .orElseThrow(() -> ProblemException.notFound("pathway-not-found"));
        model.addAttribute("pathway", pathway);
        boolean published = pathway.status() == PathwayStatus.PUBLISHED;
        Integer shown = pathway.publishedVersion();
        model.addAttribute("publishable", !published || shown == null || shown != pathway.latestVersion());
        model.addAttribute("retirable", published);
        return "pathways/admin-pathway";
    }

    @GetMapping("/admin/pathways/import")
    String importForm(Model model) {
        model.addAttribute("format", "yaml");
        model.addAttribute("document", "");
        return "pathways/admin-import";
    }

    @PostMapping("/admin/pathways/import")
    String importDocument(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "document", required = false) @Nullable String pasted,
            @RequestParam(name = "format", required = false) @Nullable String format,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        DocumentFormat chosen = format == null
                ? DocumentFormat.YAML
                : DocumentFormat.ofExtension(format).orElse(DocumentFormat.YAML);
        byte[] content = null;
        if (file != null && !file.isEmpty() && file.getSize() <= MAX_DOCUMENT) {
            content = file.getBytes();
            String extension = StringUtils.getFilenameExtension(file.getOriginalFilename());
            chosen = extension == null
                    ? chosen
                    : DocumentFormat.ofExtension(extension).orElse(chosen);
        } else if (pasted != null && !pasted.isBlank() && pasted.length() <= MAX_DOCUMENT) {
            content = pasted.getBytes(StandardCharsets.UTF_8);
        }
        model.addAttribute("format", chosen.extension());
        model.addAttribute("document", pasted == null || pasted.length() > MAX_DOCUMENT ? "" : pasted);
        if (content == null) {
            boolean tooLarge = (file != null && file.getSize() > MAX_DOCUMENT)
                    || (pasted != null && pasted.length() > MAX_DOCUMENT);
            String key = tooLarge ? "pathways.admin.import.too-large" : "pathways.admin.import.empty";
            model.addAttribute("errors", List.of(new FieldMessage("document", messages.getMessage(key, null, locale))));
            return "pathways/admin-import";
        }
        try {
            SavedPathway saved = administration.importDefinition(new ByteArrayInputStream(content), chosen);
            redirect.addFlashAttribute("imported", saved);
            return "redirect:/admin/pathways/" + saved.code();
        } catch (InvalidPathwayDefinition invalid) {
            model.addAttribute(
                    "errors",
                    invalid.located().stream()
                            .map(problem -> new FieldMessage("document", sentence(problem, locale)))
                            .toList());
            return "pathways/admin-import";
        }
    }

    @PostMapping("/admin/pathways/{code}/publication")
    String publish(@PathVariable String code, RedirectAttributes redirect) {
        redirect.addFlashAttribute("published", administration.publish(code));
        return "redirect:/admin/pathways/" + code;
    }

    @PostMapping("/admin/pathways/{code}/retirement")
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retired", administration.retire(code));
        return "redirect:/admin/pathways/" + code;
    }

    /** A problem as the error summary shows it: where, then what (the what is in English, for administrators). */
    private String sentence(DefinitionProblem problem, Locale locale) {
        String field = problem.field().isEmpty()
                ? messages.getMessage("pathways.admin.import.whole-document", null, locale)
                : problem.field();
        if (problem.line() == null) {
            return messages.getMessage(
                    "pathways.admin.import.problem", new Object[] {field, problem.message()}, locale);
        }
        return messages.getMessage(
                "pathways.admin.import.problem.located",
                new Object[] {
                    field,
                    Integer.toString(problem.line()),
                    problem.column() == null ? "?" : Integer.toString(problem.column()),
                    problem.message()
                },
                locale);
    }
}
