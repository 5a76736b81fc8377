package org.openpathways.shared.crypto.web;

import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.crypto.KeyRotation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which key encrypts new values, how many values use each key, and the button that rotates them. No key material. */
@Controller
@RequestMapping("/admin/keys")
class KeyPages {

    private final KeyRotation rotation;

    KeyPages(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @GetMapping
    String keys(Model model) {
        model.addAttribute("usage", rotation.usage());
        return "audit/keys";
    }

    @PostMapping("/rotation")
    String rotate(RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("rotation", rotation.rotate());
        } catch (ProblemException running) {
            redirect.addFlashAttribute("rotationRunning", true);
        }
        return "redirect:/admin/keys";
    }
}
