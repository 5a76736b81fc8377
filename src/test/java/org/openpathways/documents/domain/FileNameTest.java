package org.openpathways.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;
import org.openpathways.documents.domain.FileNameRejected.Reason;

class FileNameTest {

    private static final Path FOLDER = Path.of("/srv/openpathways/documents").toAbsolutePath();

    @Example
    void ordinaryNamesInEveryScriptAreKept() {
        assertThat(FileName.of("passport.pdf").value()).isEqualTo("passport.pdf");
        assertThat(FileName.of("Scan du passeport – août 2025.pdf").value())
                .isEqualTo("Scan du passeport – août 2025.pdf");
        assertThat(FileName.of("جواز السفر.pdf").value()).isEqualTo("جواز السفر.pdf");
        assertThat(FileName.of("护照 扫描件.jpg").value()).isEqualTo("护照 扫描件.jpg");
        assertThat(FileName.of("contrat (1) 😀.png").value()).isEqualTo("contrat (1) 😀.png");
        assertThat(FileName.of(".hidden.pdf").value()).isEqualTo(".hidden.pdf");
    }

    @Example
    void namesAreNormalisedSoTheyAlwaysLookAndCompareTheSame() {
        assertThat(FileName.of("  my\u00a0\u00a0 passport.pdf  ").value()).isEqualTo("my passport.pdf");
        assertThat(FileName.of("e\u0301te\u0301.pdf").value()).isEqualTo("\u00e9t\u00e9.pdf");
    }

    @Example
    void pathTricksAreRefused() {
        for (String name : new String[] {
            "../etc/passwd",
            "..\\..\\windows\\win.ini",
            "a/b.pdf",
            "a\\b.pdf",
            "..",
            ".",
            "report..pdf",
            "/etc/shadow",
            "C:\\boot.ini",
            "C:passport.pdf",
            "report.pdf.",
            "report.pdf. . ."
        }) {
            assertThat(reasonFor(name)).as(name).isEqualTo(Reason.NOT_ALLOWED);
        }
    }

    @Example
    void controlAndInvisibleCharactersAreRefused() {
        for (String name : new String[] {
            "passport\u0000.pdf",
            "pass\nport.pdf",
            "pass\rport.pdf",
            "pass\u007fport.pdf",
            "pass\u0085port.pdf",
            "invoice\u202efdp.exe",
            "a\u2066b.pdf",
            "a\u2028b.pdf",
            "\ufeffpassport.pdf"
        }) {
            assertThat(reasonFor(name)).as(name).isEqualTo(Reason.NOT_ALLOWED);
        }
    }

    @Example
    void markupAndCharactersWindowsForbidsAreRefused() {
        for (String name :
                new String[] {"<script>alert(1)</script>.pdf", "a\"b.pdf", "a|b.pdf", "a?.pdf", "a*.pdf", "a:b.pdf"}) {
            assertThat(reasonFor(name)).as(name).isEqualTo(Reason.NOT_ALLOWED);
        }
    }

    @Example
    void reservedDeviceNamesAreRefusedWithOrWithoutAnExtension() {
        for (String name : new String[] {"CON", "con.pdf", "Nul", "aux.tar.gz", "COM1.png", "lpt9.jpg", "PRN .pdf"}) {
            assertThat(reasonFor(name)).as(name).isEqualTo(Reason.NOT_ALLOWED);
        }
        assertThat(FileName.of("console.pdf").value()).isEqualTo("console.pdf");
    }

    @Example
    void brokenUnicodeIsRefused() {
        for (String name : new String[] {"\ud800.pdf", "a\udc00b.pdf", "\ufffd.pdf", "a\uffff.pdf", "a\ufdd0.pdf"}) {
            assertThat(reasonFor(name)).as(name).isEqualTo(Reason.NOT_ALLOWED);
        }
        String invalidUtf8 =
                new String(new byte[] {'a', (byte) 0xc3, (byte) 0x28, '.', 'p', 'd', 'f'}, StandardCharsets.UTF_8);
        assertThat(reasonFor(invalidUtf8)).isEqualTo(Reason.NOT_ALLOWED);
    }

    @Example
    void namesOver255BytesAreRefusedHoweverFewCharactersTheyHave() {
        assertThat(FileName.of("a".repeat(251) + ".pdf").value()).hasSize(255);
        assertThat(reasonFor("a".repeat(252) + ".pdf")).isEqualTo(Reason.TOO_LONG);
        assertThat(reasonFor("é".repeat(126) + ".pdf")).isEqualTo(Reason.TOO_LONG);
        assertThat(reasonFor("x".repeat(1_000_000))).isEqualTo(Reason.TOO_LONG);
    }

    @Example
    void emptyNamesAreMissing() {
        assertThat(reasonFor("")).isEqualTo(Reason.MISSING);
        assertThat(reasonFor("   ")).isEqualTo(Reason.MISSING);
    }

    @Property(tries = 2000)
    void anyTextIsEitherAcceptedOrRefusedAsAFileName(
            @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 300) String raw) {
        checkAcceptedOrRefused(raw);
    }

    @Property(tries = 2000)
    void hostileNamesNeverLeadOutOfTheFolder(@ForAll("hostileNames") String raw) {
        boolean accepted = checkAcceptedOrRefused(raw);
        Statistics.label("outcome").collect(accepted ? "accepted" : "refused");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").percentage(percent -> percent > 5);
            coverage.check("refused").percentage(percent -> percent > 30);
        });
    }

    @Property(tries = 500)
    void checkingAnAcceptedNameAgainChangesNothing(@ForAll("hostileNames") String raw) {
        Throwable refused = catchThrowable(() -> FileName.of(raw));
        if (refused == null) {
            String once = FileName.of(raw).value();
            assertThat(FileName.of(once).value()).isEqualTo(once);
        }
    }

    @Provide
    Arbitrary<String> hostileNames() {
        Arbitrary<String> fragments = Arbitraries.oneOf(
                Arbitraries.of(
                        "..",
                        ".",
                        "/",
                        "\\",
                        "\u0000",
                        "%2e%2e%2f",
                        "..%c0%af",
                        "\u2215",
                        "\u2044",
                        "\uff0f",
                        "\uff3c",
                        "con",
                        "NUL",
                        "com1",
                        "\u202e",
                        "\u200b",
                        "\u0301",
                        "\ud83d",
                        "\ude00",
                        "~",
                        "$",
                        " ",
                        "\t",
                        ".pdf",
                        "<",
                        ">",
                        ":",
                        "|",
                        "?",
                        "*",
                        "'",
                        "\"",
                        "%00",
                        "\r\n",
                        "\u00a0",
                        "file:",
                        "//"),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(8),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12));
        return Combinators.combine(
                        fragments.list().ofMinSize(1).ofMaxSize(12),
                        Arbitraries.integers().between(0, 1))
                .as((parts, longOne) -> String.join("", parts) + (longOne == 1 ? "x".repeat(250) : ""));
    }

    /** Whether the name was accepted; accepted names must be harmless wherever they are used. */
    private static boolean checkAcceptedOrRefused(String raw) {
        FileName name;
        try {
            name = FileName.of(raw);
        } catch (FileNameRejected refused) {
            return false;
        }
        String value = name.value();
        assertThat(value.getBytes(StandardCharsets.UTF_8).length).isBetween(1, FileName.MAX_BYTES);
        assertThat(value).doesNotContain("/", "\\", "..", "\u0000").isEqualTo(value.strip());
        assertThat(value.codePoints()).noneMatch(Character::isISOControl);
        assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).isTrue();
        Path resolved = FOLDER.resolve(value).normalize();
        assertThat(resolved.getParent()).isEqualTo(FOLDER);
        return true;
    }

    private static Reason reasonFor(String name) {
        Throwable thrown = catchThrowable(() -> FileName.of(name));
        assertThat(thrown).as(name).isInstanceOf(FileNameRejected.class);
        return ((FileNameRejected) thrown).reason();
    }

    @Example
    void nothingButTheValidationExceptionIsThrown() {
        assertThatThrownBy(() -> FileName.of("\ud800")).isExactlyInstanceOf(FileNameRejected.class);
    }
}
