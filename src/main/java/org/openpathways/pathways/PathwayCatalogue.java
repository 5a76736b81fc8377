package org.openpathways.pathways;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openpathways.pathways.domain.ContentFingerprint;
import org.openpathways.pathways.domain.Pathway;
import org.openpathways.pathways.persistence.PathwayStore;
import org.openpathways.pathways.persistence.PathwayVersions;
import org.openpathways.pathways.persistence.PublishedCatalogue;
import org.openpathways.pathways.persistence.StoredDefinitions;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathway catalogue: what the public reads (published versions only) and how the catalogue changes.
 *
 * <p>Every change is audited in its transaction and announced with {@link PathwayChanged} once it commits. Saving the
 * same content twice changes nothing, so whoever loads definitions (the demonstration data, later the import) may do
 * so repeatedly. A saved version is never altered: publishing always shows a version exactly as it was saved.
 */
@Service
public class PathwayCatalogue {

    private final PathwayStore pathways;
    private final PathwayVersions versions;
    private final StoredDefinitions definitions;
    private final PublishedCatalogue published;
    private final SavedDefinitions saved;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PathwayCatalogue(
            PathwayStore pathways,
            PathwayVersions versions,
            StoredDefinitions definitions,
            PublishedCatalogue published,
            SavedDefinitions saved,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pathways = pathways;
        this.versions = versions;
        this.definitions = definitions;
        this.published = published;
        this.saved = saved;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the published catalogue in the given language. */
    @Transactional(readOnly = true)
    public CataloguePage publishedPathways(CatalogueQuery query, Language language) {
        return published.page(query, language);
    }

    /** A published pathway in the given language; empty when no published pathway has this code. */
    @Transactional(readOnly = true)
    public Optional<PathwayDetails> publishedPathway(String code, Language language) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        return published.pathway(code, language);
    }

    /** Where the pathway with this code stands; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<PathwayStatus> status(String code) {
        return pathways.find(code).map(Pathway::status);
    }

    /** The latest saved version of a pathway, whatever its status, in every language. */
    @Transactional(readOnly = true)
    public Optional<PathwayDefinition> latestDefinition(String code) {
        return pathways.find(code)
                .filter(pathway -> pathway.latestVersion() > 0)
                .map(pathway -> definitions.load(pathway.id(), pathway.code(), pathway.latestVersion()));
    }

    /**
     * A saved version of a pathway, whatever its status: applications are judged under the version they pinned, even
     * after a newer one was published.
     */
    @Transactional(readOnly = true)
    public Optional<PathwayDefinition> definition(String code, int version) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        return pathways.find(code)
                .filter(pathway -> version >= 1 && version <= pathway.latestVersion())
                .map(pathway -> saved.get(
                        pathway.id(), version, () -> definitions.load(pathway.id(), pathway.code(), version)));
    }

    /**
     * The version of a pathway the public sees now, in every language; empty when the pathway is not published. Reads
     * which version is published from the database every time (one statement), and the version itself once.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedDefinition> publishedDefinition(String code) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        return pathways.find(code)
                .filter(pathway -> pathway.status() == PathwayStatus.PUBLISHED && pathway.publishedVersion() != null)
                .map(pathway -> {
                    int version = pathway.publishedVersion();
                    return new PublishedDefinition(
                            version,
                            saved.get(
                                    pathway.id(),
                                    version,
                                    () -> definitions.load(pathway.id(), pathway.code(), version)));
                });
    }

    /**
     * Saves a definition as the pathway's new latest version, creating the pathway (as a draft) if its code is new. The
     * published version, if any, stays as it is until {@link #publish} is called.
     *
     * @return the version saved; when the content equals the latest version, that version, and nothing is changed
     */
    @Transactional
    public SavedPathway save(PathwayDefinition definition, PathwayEditor editor) {
        Instant now = clock.instant();
        Pathway pathway = pathways.lockOrCreate(definition.code(), now);
        String fingerprint = ContentFingerprint.of(definition);
        if (fingerprint.equals(pathways.fingerprintOfLatest(pathway))) {
            return new SavedPathway(pathway.code(), pathway.latestVersion(), false);
        }
        Pathway saved = pathway.withNewVersion();
        versions.add(saved.id(), saved.latestVersion(), definition, fingerprint, now);
        pathways.update(saved, now);
        record(editor, "pathways.saved", saved);
        events.publishEvent(new PathwayChanged(saved.code(), saved.latestVersion(), PathwayChanged.Change.SAVED));
        return new SavedPathway(saved.code(), saved.latestVersion(), true);
    }

    /**
     * Shows the pathway's latest version in the catalogue, in place of the one shown before.
     *
     * @return whether anything changed (false when the latest version was already published)
     * @throws ProblemException 404 {@code pathway-not-found} when no pathway has this code
     */
    @Transactional
    public boolean publish(String code, PathwayEditor editor) {
        Pathway pathway = pathways.lock(code).orElseThrow(() -> ProblemException.notFound("pathway-not-found"));
        Optional<Pathway> publishing = pathway.publishLatest();
        publishing.ifPresent(changed -> {
            Instant now = clock.instant();
            pathways.update(changed, now);
            pathways.markPublished(changed, now);
            record(editor, "pathways.published", changed);
            events.publishEvent(
                    new PathwayChanged(changed.code(), changed.latestVersion(), PathwayChanged.Change.PUBLISHED));
        });
        return publishing.isPresent();
    }

    /**
     * Withdraws the pathway from the catalogue. Its versions are kept.
     *
     * @return whether anything changed (false when it was already retired)
     * @throws ProblemException 404 {@code pathway-not-found} when no pathway has this code, 409
     *     {@code pathway-not-published} when it was never published
     */
    @Transactional
    public boolean retire(String code, PathwayEditor editor) {
        Pathway pathway = pathways.lock(code).orElseThrow(() -> ProblemException.notFound("pathway-not-found"));
        if (!pathway.everPublished()) {
            throw ProblemException.conflict("pathway-not-published");
        }
        Optional<Pathway> retiring = pathway.retire();
        retiring.ifPresent(changed -> {
            pathways.update(changed, clock.instant());
            record(editor, "pathways.retired", changed);
            int version = changed.publishedVersion() == null ? changed.latestVersion() : changed.publishedVersion();
            events.publishEvent(new PathwayChanged(changed.code(), version, PathwayChanged.Change.RETIRED));
        });
        return retiring.isPresent();
    }

    private void record(PathwayEditor editor, String action, Pathway pathway) {
        AuditRecord record = AuditRecord.of(action, "pathway", pathway.code(), editor.purpose())
                .with("version", Integer.toString(pathway.latestVersion()));
        audit.record(editor.actor() == null ? record : record.by(editor.actor()));
    }

    private static boolean isWellFormed(String code) {
        return code.length() <= PathwayDefinition.MAX_CODE_LENGTH && code.matches(PathwayDefinition.CODE_PATTERN);
    }
}
