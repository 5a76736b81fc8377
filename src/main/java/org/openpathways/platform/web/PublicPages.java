package org.openpathways.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that explain the service: the start page, privacy and accessibility. */
@Controller
class PublicPages {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }
}
