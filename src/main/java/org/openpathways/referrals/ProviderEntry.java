package org.openpathways.referrals;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service provider as the directory shows it: what it offers, where, in which languages, and how many people it can
 * take (capacity) against how many accepted referrals it is serving now (in use).
 */
public record ProviderEntry(
        UUID organisationId,
        String name,
        Set<ServiceType> services,
        List<String> areas,
        List<String> languages,
        int capacity,
        int inUse,
        long version) {

    public ProviderEntry {
        services = Set.copyOf(services);
        areas = List.copyOf(areas);
        languages = List.copyOf(languages);
    }

    public int placesLeft() {
        return Math.max(0, capacity - inUse);
    }

    public boolean offers(ServiceType service) {
        return services.contains(service);
    }
}
