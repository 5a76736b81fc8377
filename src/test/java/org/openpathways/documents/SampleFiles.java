package org.openpathways.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small, real files of each kind a person might send, including the ones the service must refuse. */
public final class SampleFiles {

    private SampleFiles() {}

    public static byte[] aPdf() {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] aPdfSaying(String text) {
        return ascii("%PDF-1.7\n% " + text + "\n%%EOF\n");
    }

    public static byte[] aPng() {
        return image("png");
    }

    public static byte[] aJpeg() {
        return image("jpeg");
    }

    /** The start of a lossy WebP file: RIFF container, WEBP form type, VP8 chunk. */
    public static byte[] aWebp() {
        byte[] header = ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000");
        return java.util.Arrays.copyOf(header, header.length + 24);
    }

    public static byte[] anHtmlPage() {
        return ascii("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    }

    /** A Windows executable's first bytes ("MZ" and the DOS stub message). */
    public static byte[] anExecutable() {
        return ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.");
    }

    public static byte[] aZipArchive() {
        return new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    }

    public static byte[] aGif() {
        return ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000");
    }

    public static byte[] anSvg() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");
    }

    /** A PDF of exactly the given length, padded with a comment. */
    public static byte[] aPdfOfLength(int length) {
        byte[] start = ascii("%PDF-1.7\n%");
        byte[] file = new byte[length];
        System.arraycopy(start, 0, file, 0, start.length);
        java.util.Arrays.fill(file, start.length, length, (byte) 'x');
        return file;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
