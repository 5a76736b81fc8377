package org.openpathways.pathways.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.openpathways.pathways.PathwayChanged;
import org.openpathways.platform.i18n.Language;

class ReadyResponsesTest {

    private final AtomicInteger builds = new AtomicInteger();

    @Test
    void aResponseIsBuiltOnceAndThenServedFromMemory() {
        var responses = new ReadyResponses(new CatalogueCacheProperties(Duration.ofMinutes(1), 10));

        ReadyResponse first = responses.get("key", () -> build("one")).orElseThrow();
        ReadyResponse second = responses.get("key", () -> build("two")).orElseThrow();

        assertThat(second).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void aChangeToTheCatalogueDropsEveryResponse() {
        var responses = new ReadyResponses(new CatalogueCacheProperties(Duration.ofMinutes(1), 10));
        responses.get("key", () -> build("one"));

        responses.on(new PathwayChanged("study", 2, PathwayChanged.Change.PUBLISHED));

        assertThat(responses.size()).isZero();
        assertThat(text(responses.get("key", () -> build("two")).orElseThrow())).isEqualTo("two");
    }

    @Test
    void aResponseBuiltWhileTheCatalogueChangedIsNotKept() {
        var responses = new ReadyResponses(new CatalogueCacheProperties(Duration.ofMinutes(1), 10));

        responses.get("key", () -> {
            // The change commits while this response is being read from the database.
            responses.evictAll();
            return build("stale");
        });

        assertThat(text(responses.get("key", () -> build("fresh")).orElseThrow()))
                .isEqualTo("fresh");
    }

    @Test
    void responsesExpireAfterTheirTimeToLive() {
        var responses = new ReadyResponses(new CatalogueCacheProperties(Duration.ZERO, 10));
        responses.get("key", () -> build("one"));

        assertThat(text(responses.get("key", () -> build("two")).orElseThrow())).isEqualTo("two");
    }

    @Test
    void nothingToSendIsNotCached() {
        var responses = new ReadyResponses(new CatalogueCacheProperties(Duration.ofMinutes(1), 10));

        assertThat(responses.get("missing", Optional::empty)).isEmpty();
        assertThat(responses.size()).isZero();
    }

    @Test
    void aFullCacheServesWithoutKeeping() {
        var responses = new ReadyResponses(new CatalogueCacheProperties(Duration.ofMinutes(1), 2));
        responses.get("a", () -> build("a"));
        responses.get("b", () -> build("b"));

        assertThat(responses.get("c", () -> build("c"))).isPresent();
        assertThat(responses.size()).isEqualTo(2);
    }

    @Test
    void entityTagsAreStrongDifferPerContentAndMatchInEitherEncoding() throws IOException {
        ReadyResponse response = ReadyResponse.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8), Language.FRENCH);
        ReadyResponse other = ReadyResponse.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8), Language.FRENCH);

        assertThat(response.etag()).startsWith("\"").endsWith("\"").isNotEqualTo(other.etag());
        assertThat(response.matches(response.etag())).isTrue();
        assertThat(response.matches("\"x\", W/" + response.gzippedEtag())).isTrue();
        assertThat(response.matches("*")).isTrue();
        assertThat(response.matches(other.etag())).isFalse();
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(response.gzipped()))) {
            assertThat(gzip.readAllBytes()).isEqualTo(response.body());
        }
    }

    @Test
    void gzipIsUsedOnlyWhenTheClientAcceptsIt() {
        assertThat(Delivery.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(Delivery.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Delivery.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Delivery.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(Delivery.acceptsGzip("identity")).isFalse();
    }

    @Test
    void theApiLanguageComesFromTheParameterThenTheHeader() {
        assertThat(ApiLanguage.of("ar", "fr")).isEqualTo(Language.ARABIC);
        assertThat(ApiLanguage.of(null, "es-MX,es;q=0.9,en;q=0.5")).isEqualTo(Language.SPANISH);
        assertThat(ApiLanguage.of("de", "fr-CA")).isEqualTo(Language.FRENCH);
        assertThat(ApiLanguage.of(null, "de, ;;;q=x")).isEqualTo(Language.ENGLISH);
        assertThat(ApiLanguage.of(null, null)).isEqualTo(Language.ENGLISH);
    }

    private Optional<ReadyResponse> build(String text) {
        builds.incrementAndGet();
        return Optional.of(ReadyResponse.of(text.getBytes(StandardCharsets.UTF_8), Language.ENGLISH));
    }

    private static String text(ReadyResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
