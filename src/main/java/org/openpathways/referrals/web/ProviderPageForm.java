package org.openpathways.referrals.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.ProviderTerms;

/** An administrator's directory entry: areas and languages comma-separated, the version seen to change one. */
public class ProviderPageForm {

    private @Nullable UUID organisationId;
    private List<String> services = new ArrayList<>();
    private String areas = "";
    private String languages = "";
    private String capacity = "";
    private String version = "";

    ProviderTerms terms() {
        int places;
        try {
            places = Integer.parseInt(capacity.strip());
        } catch (NumberFormatException notANumber) {
            throw ProblemException.unprocessable("referrals.capacity-invalid").with("field", "capacity");
        }
        return new ProviderTerms(services, split(areas), split(languages), places);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .limit(50)
                .toList();
    }

    public @Nullable UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable UUID organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(@Nullable List<String> services) {
        this.services = services == null ? new ArrayList<>() : new ArrayList<>(services);
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(@Nullable String areas) {
        this.areas = areas == null ? "" : areas;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(@Nullable String languages) {
        this.languages = languages == null ? "" : languages;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable String capacity) {
        this.capacity = capacity == null ? "" : capacity;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version == null ? "" : version;
    }
}
