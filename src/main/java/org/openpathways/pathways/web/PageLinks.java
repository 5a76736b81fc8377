package org.openpathways.pathways.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.CataloguePage;
import org.openpathways.pathways.PathwayCategory;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links to the previous and next pages of results, keeping the visitor's filter. A page past the last one (an old
 * link, after pathways were retired) links back to the last page that has results.
 */
record PageLinks(@Nullable String previous, @Nullable String next, int page, int totalPages) {

    static PageLinks of(CataloguePage results, Set<PathwayCategory> categories) {
        int lastPage = Math.max(results.totalPages(), 1);
        return new PageLinks(
                results.hasPrevious() ? link(categories, Math.min(results.page() - 1, lastPage)) : null,
                results.hasNext() ? link(categories, results.page() + 1) : null,
                results.page(),
                lastPage);
    }

    public boolean shown() {
        return previous != null || next != null;
    }

    public boolean withinResults() {
        return page <= totalPages;
    }

    private static String link(Set<PathwayCategory> categories, int page) {
        var link = UriComponentsBuilder.fromPath("/pathways");
        categories.stream().sorted().forEach(category -> link.queryParam("category", category.code()));
        return link.queryParam("page", page).build().toUriString();
    }
}
