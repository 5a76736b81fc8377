package org.openpathways.referrals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.referrals.persistence.ProviderRecords;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of service providers: administrators record what each provider organisation offers, where, in which
 * languages and for how many people; referring staff search it by service, area and language.
 */
@Service
public class ProviderDirectory {

    static final int MAX_AREAS = 30;
    static final int MAX_LANGUAGES = 20;

    private final ProviderRecords providers;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderDirectory(ProviderRecords providers, Organisations organisations, AuditTrail audit, Clock clock) {
        this.providers = providers;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records or replaces a provider organisation's entry; replacing needs the entry's version in {@code condition}.
     *
     * @throws ProblemException 404 {@code organisation-not-found}; 422 {@code referrals.not-a-provider} when the
     *     organisation is not of kind SERVICE_PROVIDER, or a 422 naming a field; 428/412 for a missing or stale version
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ProviderEntry save(UUID organisationId, ProviderTerms terms, IfMatch condition) {
        Organisation organisation = organisations.organisation(organisationId);
        if (organisation.kind() != OrganisationKind.SERVICE_PROVIDER) {
            throw Inputs.invalid("not-a-provider", "organisationId");
        }
        List<ServiceType> services = services(terms.services());
        List<String> areas = texts(terms.areas(), "areas", MAX_AREAS);
        List<String> languages = languages(terms.languages());
        if (terms.capacity() < 0 || terms.capacity() > 100_000) {
            throw Inputs.invalid("capacity-invalid", "capacity");
        }
        Optional<ProviderEntry> current = providers.lock(organisationId);
        Long seen = null;
        if (current.isPresent()) {
            condition.require(current.get().version());
            seen = current.get().version();
        }
        providers.save(
                organisationId,
                organisation.name(),
                services,
                areas,
                languages,
                terms.capacity(),
                seen,
                clock.instant());
        audit.record(AuditRecord.of("referrals.provider-saved", "organisation", organisationId, "administration"));
        return providers.find(organisationId).orElseThrow();
    }

    /** @throws ProblemException 404 {@code referrals.provider-not-found} */
    @Transactional(readOnly = true)
    public ProviderEntry provider(UUID organisationId) {
        return providers.find(organisationId).orElseThrow(ProviderDirectory::notFound);
    }

    /** Providers that offer the service, serve the area and speak the language, each filter optional. */
    @Transactional(readOnly = true)
    public List<ProviderEntry> search(@Nullable String service, @Nullable String area, @Nullable String language) {
        ServiceType type = blank(service)
                ? null
                : ServiceType.ofCode(service).orElseThrow(() -> Inputs.invalid("service-unknown", "service"));
        return providers.search(
                type,
                blank(area) ? null : area.strip(),
                blank(language) ? null : language.strip().toLowerCase(Locale.ROOT));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("referrals.provider-not-found");
    }

    private static List<ServiceType> services(List<String> codes) {
        if (codes.isEmpty()) {
            throw Inputs.invalid("services-missing", "services");
        }
        List<ServiceType> services = new ArrayList<>();
        for (String code : codes) {
            ServiceType type = ServiceType.ofCode(code == null ? "" : code)
                    .orElseThrow(() -> Inputs.invalid("service-unknown", "services"));
            if (!services.contains(type)) {
                services.add(type);
            }
        }
        return services;
    }

    private static List<String> texts(List<String> values, String field, int max) {
        if (values.size() > max) {
            throw Inputs.invalid("text-invalid", field);
        }
        List<String> texts = new ArrayList<>();
        for (String value : values) {
            String text = Inputs.optionalText(value, field, 80);
            if (text != null && !texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static List<String> languages(List<String> codes) {
        if (codes.size() > MAX_LANGUAGES) {
            throw Inputs.invalid("language-invalid", "languages");
        }
        List<String> languages = new ArrayList<>();
        for (String code : codes) {
            String language = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            if (!language.matches("[a-z]{2,3}")) {
                throw Inputs.invalid("language-invalid", "languages");
            }
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
