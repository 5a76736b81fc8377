package org.openpathways.platform.api.probe;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A public upload endpoint (reads the file, keeps nothing), to meet the multipart size limit over real HTTP. */
@RestController
class UploadProbe {

    @GetMapping("/api/test/public/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("header", token.getHeaderName(), "token", token.getToken());
    }

    @PostMapping(path = "/api/test/public/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Long> upload(@RequestPart("file") MultipartFile file) {
        return Map.of("size", file.getSize());
    }
}
