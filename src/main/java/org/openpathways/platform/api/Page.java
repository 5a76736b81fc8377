package org.openpathways.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, as the API answers it: the items, where the page is, and how many items and pages there are in
 * all. {@link #toResponse()} adds the RFC 8288 {@code Link} header with the first, previous, next and last pages. A page
 * beyond the last is empty, not an error.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
        long pages = (totalItems + query.size() - 1) / query.size();
        return new Page<>(items, query.page(), query.size(), totalItems, (int) Math.min(Integer.MAX_VALUE, pages));
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = new ArrayList<>(items.size());
        items.forEach(item -> mapped.add(mapper.apply(item)));
        return new Page<>(mapped, page, size, totalItems, totalPages);
    }

    /** 200 with this page as the body and links to its neighbours, relative to the current request. */
    public ResponseEntity<Page<T>> toResponse() {
        var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, links(attributes.getRequest()))
                .body(this);
    }

    /** The {@code Link} header value: path-absolute references keeping the request's other query parameters. */
    public String links(HttpServletRequest request) {
        int last = Math.max(totalPages - 1, 0);
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (page > 0) {
            links.add(link(request, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return String.join(", ", links);
    }

    private String link(HttpServletRequest request, int target, String relation) {
        String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", target)
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }
}
