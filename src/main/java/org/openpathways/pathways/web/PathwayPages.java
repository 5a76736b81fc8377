package org.openpathways.pathways.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.CataloguePage;
import org.openpathways.pathways.CatalogueQuery;
import org.openpathways.pathways.PathwayCatalogue;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDetails;
import org.openpathways.pathways.ProcessingTimes;
import org.openpathways.platform.i18n.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue's pages: the list with its category filter (a plain GET form; with htmx only the results are swapped)
 * and a page per pathway, in the visitor's language.
 */
@Controller
class PathwayPages {

    private final PathwayCatalogue catalogue;
    private final MessageSource messages;

    private final ObjectProvider<ProcessingTimes> processingTimes;

    PathwayPages(PathwayCatalogue catalogue, MessageSource messages, ObjectProvider<ProcessingTimes> processingTimes) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.processingTimes = processingTimes;
    }

    @GetMapping("/pathways")
    String list(
            @RequestParam(name = "category", required = false) @Nullable List<String> category,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var checked = new CatalogueParameters(category, page, null).check();
        CatalogueQuery query = checked.query();
        Set<PathwayCategory> chosen = query == null ? Set.of() : query.categories();
        model.addAttribute(
                "categories",
                Arrays.stream(PathwayCategory.values())
                        .map(each -> new CategoryChoice(each.code(), chosen.contains(each)))
                        .toList());
        model.addAttribute("wording", new Wording(messages, locale));
        model.addAttribute("refusals", checked.refusals());
        if (query == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            CataloguePage results = catalogue.publishedPathways(query, Language.of(locale));
            model.addAttribute("results", results);
            model.addAttribute("pages", PageLinks.of(results, chosen));
        }
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean onlyResults = "true".equals(htmx) && !"true".equals(restore);
        return onlyResults ? "pathways/list :: results" : "pathways/list";
    }

    /**
     * One pathway's page. An unknown code is answered with the container's error dispatch, so that the visitor gets the
     * translated "page not found" page rather than problem details meant for the API.
     */
    @GetMapping("/pathways/{code}")
    @Nullable
    String pathway(@PathVariable String code, Locale locale, Model model, HttpServletResponse response)
            throws IOException {
        Optional<PathwayDetails> found = catalogue.publishedPathway(code, Language.of(locale));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        PathwayDetails pathway = found.get();
        model.addAttribute("pathway", pathway);
        model.addAttribute("text", pathway.text());
        model.addAttribute("wording", new Wording(messages, locale));
        model.addAttribute(
                "processingTime",
                processingTimes.stream()
                        .flatMap(times -> times.of(pathway.code()).stream())
                        .findFirst()
                        .orElse(null));
        return "pathways/pathway";
    }

    record CategoryChoice(String code, boolean checked) {}
}
