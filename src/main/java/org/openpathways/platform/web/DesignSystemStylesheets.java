package org.openpathways.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The design system's stylesheet as this service serves it: GOV.UK Frontend's patterns without GOV.UK's branded
 * typeface (a system font stack that also covers Arabic script), and a mirrored copy for right-to-left pages.
 * Both are derived once from the webjar and served with content-hashed names, so browsers keep them for a year.
 */
@Component("designSystem")
public class DesignSystemStylesheets {

    static final String WEBJAR_CSS = "META-INF/resources/webjars/govuk-frontend/%s/dist/govuk/govuk-frontend.min.css";
    static final String FONT_STACK =
            "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans Arabic\",Tahoma,Arial,sans-serif";

    private final Stylesheet leftToRight;
    private final Stylesheet rightToLeft;

    public DesignSystemStylesheets() {
        this(readWebjarCss(GovukFrontend.VERSION));
    }

    DesignSystemStylesheets(String webjarCss) {
        String css = withoutBranding(webjarCss);
        this.leftToRight = Stylesheet.of(css);
        this.rightToLeft = Stylesheet.of(CssMirror.mirror(css));
    }

    /** The path of the stylesheet for a page, for use in templates: {@code ${@designSystem.path(rtl)}}. */
    public String path(boolean rightToLeft) {
        return "/assets/design-system-" + (rightToLeft ? this.rightToLeft : leftToRight).hash() + ".css";
    }

    Stylesheet byHash(String hash) {
        if (leftToRight.hash().equals(hash)) {
            return leftToRight;
        }
        if (rightToLeft.hash().equals(hash)) {
            return rightToLeft;
        }
        return null;
    }

    /**
     * The design system without GOV.UK's identity: its typeface (licensed to GOV.UK only) gives way to system fonts,
     * and the footer's crest image, which is not shipped, is never referenced.
     */
    static String withoutBranding(String css) {
        return css.replaceAll("@font-face\\{[^}]*}", "")
                .replace("url(/assets/images/govuk-crest.svg)", "none")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + FONT_STACK)
                .replace("font-family:GDS Transport", "font-family:" + FONT_STACK);
    }

    private static String readWebjarCss(String version) {
        try (InputStream in = new ClassPathResource(WEBJAR_CSS.formatted(version)).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The design system's stylesheet is missing from the classpath", e);
        }
    }

    record Stylesheet(byte[] plain, byte[] gzipped, String hash) {

        static Stylesheet of(String css) {
            byte[] bytes = css.getBytes(StandardCharsets.UTF_8);
            return new Stylesheet(bytes, gzip(bytes), sha256(bytes).substring(0, 16));
        }

        private static byte[] gzip(byte[] bytes) {
            var out = new ByteArrayOutputStream(bytes.length / 4);
            try (var gzip = new GZIPOutputStream(out)) {
                gzip.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
