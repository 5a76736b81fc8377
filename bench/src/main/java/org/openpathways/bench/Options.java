package org.openpathways.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The driver's options, given as {@code --name=value}. */
record Options(
        String command,
        String baseUrl,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        Path applicationJar,
        int concurrency,
        Duration warmup,
        Duration duration,
        int rounds,
        boolean gzip,
        boolean httpClient,
        List<String> pages,
        Map<String, String> values) {

    static Options parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: load|weight --base-url=... [--name=value ...]");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Not an option: " + arg);
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return new Options(
                args[0],
                required(values, "base-url"),
                values.getOrDefault("jdbc-url", ""),
                values.getOrDefault("jdbc-user", "postgres"),
                values.getOrDefault("jdbc-password", ""),
                Path.of(values.getOrDefault("app-jar", "target/openpathways.jar")),
                Integer.parseInt(values.getOrDefault("concurrency", "8")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup", "5"))),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("duration", "20"))),
                Integer.parseInt(values.getOrDefault("rounds", "4")),
                Boolean.parseBoolean(values.getOrDefault("gzip", "false")),
                clientOf(values.getOrDefault("client", "urlconnection")),
                List.of(values.getOrDefault("pages", "/").split(",")),
                Map.copyOf(values));
    }

    /** An option that only some commands read. */
    String value(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int intValue(String name, int otherwise) {
        return Integer.parseInt(value(name, Integer.toString(otherwise)));
    }

    private static boolean clientOf(String name) {
        return switch (name) {
            case "httpclient" -> true;
            case "urlconnection" -> false;
            default -> throw new IllegalArgumentException("--client is urlconnection or httpclient, not " + name);
        };
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
