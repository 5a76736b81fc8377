package org.openpathways.applications.web;

import org.jspecify.annotations.Nullable;
import org.openpathways.applications.Simulations;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The policy simulation page: choose a pathway and a draft version, see what it would change. */
@Controller
class SimulationPages {

    private final Simulations simulations;

    SimulationPages(Simulations simulations) {
        this.simulations = simulations;
    }

    @GetMapping("/simulations")
    String simulate(
            @RequestParam(required = false) @Nullable String pathway,
            @RequestParam(required = false) @Nullable Integer version,
            Authentication authentication,
            Model model) {
        model.addAttribute("pathway", pathway);
        model.addAttribute("version", version);
        if (pathway != null && !pathway.isBlank() && version != null && pathway.length() <= 60) {
            model.addAttribute("result", simulations.simulate(Actors.of(authentication), pathway, version));
        }
        return "applications/simulation";
    }
}
