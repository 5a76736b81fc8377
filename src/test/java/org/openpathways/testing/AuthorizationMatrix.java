package org.openpathways.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The expected answer of every endpoint to every kind of caller, read from {@code authorization-matrix.csv}: method,
 * concrete path (example ids in place of variables), role ({@code anonymous} or a role name from PRODUCT.md) and
 * expected status. Lines starting with {@code #} are comments.
 */
public final class AuthorizationMatrix {

    public static final String RESOURCE = "/authorization-matrix.csv";
    public static final String ANONYMOUS = "anonymous";
    public static final Set<String> ROLES = Set.of(
            "APPLICANT",
            "EMPLOYER",
            "AGENCY",
            "CASEWORKER",
            "SUPERVISOR",
            "REVIEWER",
            "CHILD_PROTECTION",
            "SERVICE_PROVIDER",
            "INSPECTOR",
            "ASSESSOR",
            "CONSULAR",
            "ANALYST",
            "ADMIN",
            "AUDITOR");

    private AuthorizationMatrix() {}

    public static List<Row> rows() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(Row.parse(trimmed, number));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roles the matrix lets through to an endpoint (its row's status is not 401, 403 or a sign-in redirect). */
    public static List<Row> admitted(List<Row> rows, MappedEndpoints.Endpoint endpoint) {
        return rows.stream()
                .filter(row -> endpoint.matches(row.method(), row.path()))
                .filter(Row::admits)
                .toList();
    }

    public record Row(String method, String path, String role, int expectedStatus, int line) {

        static Row parse(String line, int number) {
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("Line " + number + " needs method,path,role,status: " + line);
            }
            String role = cells[2].strip();
            if (!role.equals(ANONYMOUS) && !ROLES.contains(role)) {
                throw new IllegalArgumentException("Line " + number + " names an unknown role: " + role);
            }
            return new Row(
                    cells[0].strip().toUpperCase(Locale.ROOT),
                    cells[1].strip(),
                    role,
                    Integer.parseInt(cells[3].strip()),
                    number);
        }

        public boolean anonymous() {
            return role.equals(ANONYMOUS);
        }

        public Optional<String> roleName() {
            return anonymous() ? Optional.empty() : Optional.of(role);
        }

        boolean admits() {
            return expectedStatus != 401 && expectedStatus != 403 && !(anonymous() && expectedStatus == 302);
        }

        @Override
        public String toString() {
            return method + " " + path + " as " + role + " → " + expectedStatus + " (line " + line + ")";
        }
    }
}
