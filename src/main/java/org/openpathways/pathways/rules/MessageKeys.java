package org.openpathways.pathways.rules;

/** How outcomes appear in message keys: {@code met}, {@code notMet}, {@code unknown}. */
final class MessageKeys {

    private MessageKeys() {}

    static String suffix(Outcome outcome) {
        return switch (outcome) {
            case MET -> "met";
            case NOT_MET -> "notMet";
            case UNKNOWN -> "unknown";
        };
    }

    static String suffix(boolean met) {
        return met ? "met" : "notMet";
    }
}
