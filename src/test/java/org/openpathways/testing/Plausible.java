package org.openpathways.testing;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.openpathways.testing.EndpointShape.FieldSpec;

/** Ordinary values for a field's type, so that a hostile request is refused for its hostile part and nothing else. */
final class Plausible {

    private Plausible() {}

    static Arbitrary<Object> value(FieldSpec field) {
        Class<?> type = field.type();
        if (type == String.class || type == CharSequence.class) {
            return Arbitraries.of("Amina Diallo", "labour", "Seasonal farm work", "someone@example.org", "FR")
                    .map(text -> text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Arbitraries.of(true, false).map(value -> value);
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return Arbitraries.of(1, 2, 10).map(value -> value);
        }
        if (type.isEnum()) {
            return Arbitraries.of(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name());
        }
        if (type == UUID.class) {
            return Arbitraries.just(UUID.randomUUID().toString());
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return Arbitraries.of("2024-01-01", "2024-01-01T00:00:00Z").map(text -> text);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Arbitraries.just(java.util.List.of());
        }
        return Arbitraries.just(java.util.Map.of());
    }
}
