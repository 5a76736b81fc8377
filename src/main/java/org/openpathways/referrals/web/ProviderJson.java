package org.openpathways.referrals.web;

import java.util.List;
import java.util.UUID;
import org.openpathways.referrals.ProviderEntry;
import org.openpathways.referrals.ServiceType;

record ProviderJson(
        UUID organisationId,
        String name,
        List<String> services,
        List<String> areas,
        List<String> languages,
        int capacity,
        int inUse,
        int placesLeft,
        long version) {

    static ProviderJson of(ProviderEntry entry) {
        return new ProviderJson(
                entry.organisationId(),
                entry.name(),
                entry.services().stream().sorted().map(ServiceType::code).toList(),
                entry.areas(),
                entry.languages(),
                entry.capacity(),
                entry.inUse(),
                entry.placesLeft(),
                entry.version());
    }
}
