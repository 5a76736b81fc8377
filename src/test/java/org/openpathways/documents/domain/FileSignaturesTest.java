package org.openpathways.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpathways.documents.SampleFiles.aGif;
import static org.openpathways.documents.SampleFiles.aJpeg;
import static org.openpathways.documents.SampleFiles.aPdf;
import static org.openpathways.documents.SampleFiles.aPng;
import static org.openpathways.documents.SampleFiles.aWebp;
import static org.openpathways.documents.SampleFiles.aZipArchive;
import static org.openpathways.documents.SampleFiles.anExecutable;
import static org.openpathways.documents.SampleFiles.anHtmlPage;
import static org.openpathways.documents.SampleFiles.anSvg;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openpathways.documents.DocumentType;

class FileSignaturesTest {

    @Test
    void recognisesEachAllowedTypeByItsFirstBytes() {
        assertThat(FileSignatures.identify(aPdf())).contains(DocumentType.PDF);
        assertThat(FileSignatures.identify(aPng())).contains(DocumentType.PNG);
        assertThat(FileSignatures.identify(aJpeg())).contains(DocumentType.JPEG);
        assertThat(FileSignatures.identify(aWebp())).contains(DocumentType.WEBP);
    }

    @Test
    void refusesPagesScriptsProgramsAndOtherFormats() {
        assertThat(FileSignatures.identify(anHtmlPage())).isEmpty();
        assertThat(FileSignatures.identify(anSvg())).isEmpty();
        assertThat(FileSignatures.identify(anExecutable())).isEmpty();
        assertThat(FileSignatures.identify(aZipArchive())).isEmpty();
        assertThat(FileSignatures.identify(aGif())).isEmpty();
        assertThat(FileSignatures.identify(new byte[0])).isEmpty();
    }

    @Test
    void aSignatureMustStartTheFileNotMerelyAppearInIt() {
        byte[] htmlThenPdf =
                ("<html>" + new String(aPdf(), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FileSignatures.identify(htmlThenPdf)).isEmpty();
        byte[] spaceThenPdf =
                (" " + new String(aPdf(), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FileSignatures.identify(spaceThenPdf)).isEmpty();
    }

    @Test
    void truncatedSignaturesAreNotEnough() {
        assertThat(FileSignatures.identify("%PDF".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(FileSignatures.identify(Arrays.copyOf(aPng(), 8))).isEmpty();
        assertThat(FileSignatures.identify(new byte[] {(byte) 0xff, (byte) 0xd8}))
                .isEmpty();
        assertThat(FileSignatures.identify("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)))
                .as("a RIFF file that is audio, not WebP")
                .isEmpty();
    }

    @Test
    void aDownloadedCopyIsNamedForWhatItIsNotWhatItWasCalled() {
        assertThat(DocumentType.PNG.fileNameFor("scan.pdf")).isEqualTo("scan.png");
        assertThat(DocumentType.PDF.fileNameFor("invoice.html")).isEqualTo("invoice.html.pdf");
        assertThat(DocumentType.JPEG.fileNameFor("photo.JPEG")).isEqualTo("photo.JPEG");
        assertThat(DocumentType.JPEG.fileNameFor("photo")).isEqualTo("photo.jpg");
        assertThat(DocumentType.PDF.fileNameFor("contract.pdf")).isEqualTo("contract.pdf");
    }
}
