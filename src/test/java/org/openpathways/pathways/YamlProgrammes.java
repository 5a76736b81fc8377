package org.openpathways.pathways;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Programmes written by hand in YAML, in {@code src/test/resources/pathways/}, as countries exchange them. Each is
 * given a code of the test's choosing, so that tests sharing a database do not meet each other's pathways; the code is
 * on the same line whatever it is, so the lines of the other fields stay as they are in the file.
 */
public final class YamlProgrammes {

    /** The seasonal farm work programme: a fee, a seasonal permit and eligibility rules. */
    public static final String SEASONAL_FARM_WORK = "seasonal-farm-work";

    private YamlProgrammes() {}

    /** The seasonal farm work programme under the given code. */
    public static String seasonalFarmWork(String code) {
        return load(SEASONAL_FARM_WORK).replaceFirst("(?m)^code: " + SEASONAL_FARM_WORK + "$", "code: " + code);
    }

    private static String load(String name) {
        try (InputStream yaml = YamlProgrammes.class.getResourceAsStream("/pathways/" + name + ".yaml")) {
            if (yaml == null) {
                throw new IllegalStateException("No programme named " + name);
            }
            return new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
