package org.openpathways.pathways.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.CatalogueQuery;
import org.openpathways.pathways.PathwayCategory;

/**
 * The catalogue's query parameters as they arrive, checked the same way for the pages and the API. Anything that is
 * not exactly a known category or a whole number in range is refused, not guessed at.
 */
record CatalogueParameters(
        @Nullable List<String> categories,
        @Nullable String page,
        @Nullable String size) {

    /** A refused parameter, with the message key that explains it and the message's arguments (as text, not numbers). */
    record Refusal(String field, String messageKey, Object... arguments) {}

    /** The query, or the refusals when any parameter is unusable. */
    record Checked(@Nullable CatalogueQuery query, List<Refusal> refusals) {}

    Checked check() {
        List<Refusal> refusals = new ArrayList<>();
        Set<PathwayCategory> chosen = EnumSet.noneOf(PathwayCategory.class);
        if (categories != null) {
            for (String code : categories) {
                Optional<PathwayCategory> category = PathwayCategory.ofCode(code);
                if (category.isPresent()) {
                    chosen.add(category.get());
                } else if (!code.isEmpty()) {
                    refusals.add(new Refusal("category", "pathways.error.category"));
                    break;
                }
            }
        }
        Integer pageNumber = number(page, 1, CatalogueQuery.MAX_PAGE);
        if (pageNumber == null) {
            refusals.add(new Refusal("page", "pathways.error.page", String.valueOf(CatalogueQuery.MAX_PAGE)));
        }
        Integer pageSize = number(size, CatalogueQuery.DEFAULT_SIZE, CatalogueQuery.MAX_SIZE);
        if (pageSize == null) {
            refusals.add(new Refusal("size", "pathways.error.size", String.valueOf(CatalogueQuery.MAX_SIZE)));
        }
        if (!refusals.isEmpty() || pageNumber == null || pageSize == null) {
            return new Checked(null, refusals);
        }
        return new Checked(new CatalogueQuery(chosen, pageNumber, pageSize), List.of());
    }

    /** The whole number in 1..max the value holds, the default when absent, {@code null} when unusable. */
    private static @Nullable Integer number(@Nullable String value, int absent, int max) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int number = Integer.parseInt(value);
        return number >= 1 && number <= max ? number : null;
    }
}
