package org.openpathways.applications.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ArabicLigaturizer;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * A decision letter as a PDF, in the reader's language: Latin and Arabic scripts from embedded Noto fonts (SIL OFL,
 * see {@code fonts/OFL.txt}), written right to left with shaped Arabic letters when the language is Arabic. The text is
 * exactly the page's ({@link LetterTexts}).
 */
@Component
class LetterPdf {

    private final BaseFont latin;
    private final BaseFont arabic;

    LetterPdf() {
        this.latin = font("fonts/NotoSans-Regular.ttf");
        this.arabic = font("fonts/NotoSansArabic-Regular.ttf");
    }

    byte[] write(LetterTexts.Letter letter, String serviceName, String reasonsHeading, String appealHeading) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.title());
            document.open();
            PdfPTable body = new PdfPTable(1);
            body.setWidthPercentage(100);
            int direction = letter.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            body.setRunDirection(direction);
            add(body, serviceName, 10, direction);
            add(body, letter.date(), 10, direction);
            add(body, letter.title(), 16, direction);
            add(body, letter.addressee(), 11, direction);
            add(body, letter.pathway(), 11, direction);
            add(body, letter.outcome(), 13, direction);
            if (!letter.reasons().isEmpty()) {
                add(body, reasonsHeading, 12, direction);
                letter.reasons().forEach(reason -> add(body, "• " + reason, 11, direction));
            }
            if (letter.permit() != null) {
                add(body, letter.permit(), 11, direction);
            }
            if (!letter.appeal().isEmpty()) {
                add(body, appealHeading, 12, direction);
                letter.appeal().forEach(line -> add(body, line, 11, direction));
            }
            document.add(body);
        } catch (DocumentException failed) {
            throw new IllegalStateException("The letter could not be written as PDF", failed);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void add(PdfPTable table, String text, float size, int direction) {
        FontSelector fonts = new FontSelector();
        fonts.addFont(new Font(latin, size));
        fonts.addFont(new Font(arabic, size));
        Phrase phrase = fonts.process(text);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(size * 0.6f);
        cell.setRunDirection(direction);
        cell.setArabicOptions(ArabicLigaturizer.ar_composedtashkeel);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(cell);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException unreadable) {
            throw new UncheckedIOException(new IOException("Cannot read font " + resource, unreadable));
        }
    }
}
