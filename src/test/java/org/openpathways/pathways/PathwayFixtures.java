package org.openpathways.pathways;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openpathways.platform.i18n.Language;

/** Complete pathway definitions for tests, in all four languages. */
public final class PathwayFixtures {

    private PathwayFixtures() {}

    /** A complete, valid labour pathway with one fee, an extendable decision time and a title ending in the marker. */
    public static PathwayDefinition aPathway(String code, String titleMarker) {
        return new PathwayDefinition(
                code,
                PathwayCategory.LABOUR,
                new DecisionTime(90, DayCount.CALENDAR, 30),
                null,
                List.of(new Fee("application", new BigDecimal("120"), "EUR")),
                new Permit(24, true, new PermitRights(true, WorkTie.EMPLOYER, true, 60)),
                texts(titleMarker, true, true));
    }

    public static PathwayDefinition aPathway(String code) {
        return aPathway(code, "1");
    }

    public static Map<Language, PathwayText> texts(String titleMarker, boolean withFee, boolean withExtension) {
        Map<Language, PathwayText> texts = new EnumMap<>(Language.class);
        texts.put(Language.ENGLISH, text("Test work " + titleMarker, "Fee", "Complex cases", withFee, withExtension));
        texts.put(
                Language.FRENCH,
                text("Travail d'essai " + titleMarker, "Frais", "Cas complexes", withFee, withExtension));
        texts.put(
                Language.SPANISH,
                text("Trabajo de prueba " + titleMarker, "Tasa", "Casos complejos", withFee, withExtension));
        texts.put(Language.ARABIC, text("عمل تجريبي " + titleMarker, "رسوم", "حالات معقدة", withFee, withExtension));
        return texts;
    }

    private static PathwayText text(
            String title, String feeName, String extension, boolean withFee, boolean withExtension) {
        return new PathwayText(
                title,
                title + ": summary",
                List.of(title + ": who"),
                List.of(title + ": document"),
                withFee ? Map.of("application", feeName) : Map.of(),
                withFee ? List.of(title + ": waiver") : List.of(),
                withExtension ? extension : null,
                title + ": permit",
                List.of(title + ": condition"));
    }
}
