package org.openpathways.platform.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

@Controller
class DesignSystemController {

    private final DesignSystemStylesheets stylesheets;

    DesignSystemController(DesignSystemStylesheets stylesheets) {
        this.stylesheets = stylesheets;
    }

    @GetMapping("/assets/design-system-{hash:[0-9a-f]{16}}.css")
    ResponseEntity<byte[]> stylesheet(
            @PathVariable String hash,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, defaultValue = "") String acceptEncoding) {
        var stylesheet = stylesheets.byHash(hash);
        if (stylesheet == null) {
            return ResponseEntity.notFound().build();
        }
        boolean gzip = acceptEncoding.contains("gzip");
        var response = ResponseEntity.ok()
                .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag(hash)
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(stylesheet.gzipped());
        }
        return response.body(stylesheet.plain());
    }
}
