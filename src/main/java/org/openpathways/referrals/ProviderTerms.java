package org.openpathways.referrals;

import java.util.List;

/**
 * What an administrator records about a provider: service codes (see {@link ServiceType}), areas served (plain text),
 * languages (ISO 639 codes) and capacity.
 */
public record ProviderTerms(List<String> services, List<String> areas, List<String> languages, int capacity) {

    public ProviderTerms {
        services = List.copyOf(services);
        areas = List.copyOf(areas);
        languages = List.copyOf(languages);
    }
}
