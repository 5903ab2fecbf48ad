package kr.go.smartfactory.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * The one place documents become PDF (certificates, confirmations, agreements): A4 pages with a Korean font
 * embedded as a subset (NanumSquare, SIL OFL), so Hangul shows in any viewer and the text can be copied and
 * searched. A document is a title, an optional number, and blocks — headings, paragraphs, label/value fields,
 * tables, a closing date and issuer — laid out top to bottom, wrapped to the page and continued on new pages,
 * with the footer and "page n / m" on every page.
 */
public final class PdfDocument {

    private static final String REGULAR = "fonts/NanumSquareR.ttf";
    private static final String BOLD = "fonts/NanumSquareB.ttf";

    private final String title;
    private final String number;
    private final String footer;
    private final String language;
    private final Instant created;
    private final List<Block> blocks;

    private PdfDocument(Builder b) {
        this.title = b.title;
        this.number = b.number;
        this.footer = b.footer;
        this.language = b.language;
        this.created = b.created;
        this.blocks = List.copyOf(b.blocks);
    }

    /** A date as certificates write it: 2026년 11월 30일, or 30 November 2026. */
    public static String longDate(java.time.LocalDate d, boolean english) {
        return english ? d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))
                : d.getYear() + "년 " + d.getMonthValue() + "월 " + d.getDayOfMonth() + "일";
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    public String title() {
        return title;
    }

    /** The PDF file. */
    public byte[] render() {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, REGULAR);
            PDFont bold = font(document, BOLD);
            describe(document);
            new Layout(document, regular, bold, footer).render(title, number, blocks);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("스마트공장 1번가");
        info.setCreator("스마트공장 1번가 (Smart Factory 1st Street)");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(KoreanTime.ZONE));
        when.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(when);
        document.getDocumentCatalog().setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** A block of content. */
    sealed interface Block permits Heading, Paragraph, Fields, Table, Closing {
    }

    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** Label/value rows (기업명 | 스마트솔루션(주)). */
    record Fields(List<Field> fields) implements Block {
    }

    public record Field(String label, String value) {
    }

    record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /** The date and the issuer at the end of a certificate, centred. */
    record Closing(String date, String issuer) implements Block {
    }

    public static final class Builder {

        private final String title;
        private String number;
        private String footer = "";
        private String language = "ko-KR";
        private Instant created = Instant.EPOCH;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title);
        }

        /** The document's number (발급번호), shown under the title. */
        public Builder number(String documentNumber) {
            this.number = documentNumber;
            return this;
        }

        public Builder footer(String text) {
            this.footer = text == null ? "" : text;
            return this;
        }

        /** "ko-KR" (default) or "en". */
        public Builder language(String tag) {
            this.language = tag;
            return this;
        }

        public Builder created(Instant instant) {
            this.created = instant;
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder fields(List<Field> fields) {
            blocks.add(new Fields(List.copyOf(fields)));
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            blocks.add(new Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList()));
            return this;
        }

        public Builder closing(String date, String issuer) {
            blocks.add(new Closing(date, issuer));
            return this;
        }

        public PdfDocument build() {
            return new PdfDocument(this);
        }
    }

    /** Lays blocks out on A4 pages, top to bottom. */
    private static final class Layout {

        private static final float MARGIN = 56;
        private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private static final float BODY = 10.5f;
        private static final float LEADING = 1.5f;

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final String footer;
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument document, PDFont regular, PDFont bold, String footer) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.footer = footer;
        }

        void render(String title, String number, List<Block> blocks) throws IOException {
            newPage();
            centred(title, bold, 20);
            y -= 6;
            if (number != null) {
                centred(number, regular, 9.5f);
            }
            y -= 18;
            for (Block block : blocks) {
                if (block instanceof Heading h) {
                    space(BODY * 3);
                    y -= 8;
                    line(h.text(), bold, 12.5f, MARGIN);
                    y -= 4;
                } else if (block instanceof Paragraph p) {
                    for (String l : wrap(p.text(), regular, BODY, WIDTH)) {
                        line(l, regular, BODY, MARGIN);
                    }
                    y -= BODY * 0.6f;
                } else if (block instanceof Fields f) {
                    fields(f.fields());
                } else if (block instanceof Table t) {
                    table(t);
                } else if (block instanceof Closing c) {
                    space(BODY * 8);
                    y -= BODY * 3;
                    centred(c.date(), regular, 12);
                    y -= BODY * 2;
                    centred(c.issuer(), bold, 15);
                }
            }
            page.close();
            footers();
        }

        private void fields(List<Field> fields) throws IOException {
            float labelWidth = 120;
            for (Field f : fields) {
                List<String> value = wrap(f.value() == null ? "" : f.value(), regular, BODY, WIDTH - labelWidth - 12);
                space(BODY * LEADING * Math.max(1, value.size()) + 10);
                rule(y);
                y -= 3;
                float top = y;
                line(f.label(), bold, BODY, MARGIN + 4);
                float afterLabel = y;
                y = top;
                for (String l : value) {
                    line(l, regular, BODY, MARGIN + labelWidth + 12);
                }
                y = Math.min(y, afterLabel) - 6;
            }
            rule(y);
            y -= 10;
        }

        private void table(Table t) throws IOException {
            int columns = t.headers().size();
            float columnWidth = WIDTH / columns;
            rule(y);
            y -= 3;
            row(t.headers(), bold, columnWidth);
            rule(y);
            y -= 3;
            for (List<String> r : t.rows()) {
                row(r, regular, columnWidth);
            }
            rule(y);
            y -= 10;
        }

        private void row(List<String> cells, PDFont font, float columnWidth) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (String cell : cells) {
                List<String> lines = wrap(cell == null ? "" : cell, font, 9.5f, columnWidth - 6);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            space(9.5f * LEADING * height + 4);
            float top = y;
            float lowest = y;
            for (int c = 0; c < wrapped.size(); c++) {
                y = top;
                for (String l : wrapped.get(c)) {
                    line(l, font, 9.5f, MARGIN + c * columnWidth + 3);
                }
                lowest = Math.min(lowest, y);
            }
            y = lowest - 5;
        }

        private void centred(String text, PDFont font, float size) throws IOException {
            for (String l : wrap(text, font, size, WIDTH)) {
                float w = font.getStringWidth(l) / 1000 * size;
                line(l, font, size, MARGIN + (WIDTH - w) / 2);
            }
        }

        private void line(String text, PDFont font, float size, float x) throws IOException {
            space(size * LEADING);
            y -= size * LEADING;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
        }

        private void rule(float at) throws IOException {
            page.setLineWidth(0.4f);
            page.moveTo(MARGIN, at);
            page.lineTo(MARGIN + WIDTH, at);
            page.stroke();
        }

        /** A new page when less than {@code needed} is left above the footer. */
        private void space(float needed) throws IOException {
            if (y - needed < MARGIN + 24) {
                page.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void footers() throws IOException {
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream s = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    s.beginText();
                    s.setFont(regular, 8);
                    s.newLineAtOffset(MARGIN, MARGIN - 20);
                    s.showText(footer);
                    s.endText();
                    String pageNumber = (i + 1) + " / " + total;
                    s.beginText();
                    s.setFont(regular, 8);
                    s.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(pageNumber) / 1000 * 8, MARGIN - 20);
                    s.showText(pageNumber);
                    s.endText();
                }
            }
        }

        /**
         * Lines of at most {@code width}: broken between words, and inside a word only when it alone is too long.
         * Line breaks in the text are kept; characters the font lacks are replaced by a space rather than failing.
         */
        static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text, font).split("\n", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = current.length() == 0 ? word : current + " " + word;
                    if (width(candidate, font, size) <= width) {
                        current.setLength(0);
                        current.append(candidate);
                        continue;
                    }
                    if (current.length() > 0) {
                        lines.add(current.toString());
                        current.setLength(0);
                    }
                    for (int cp : word.codePoints().toArray()) {
                        String ch = new String(Character.toChars(cp));
                        if (current.length() > 0 && width(current + ch, font, size) > width) {
                            lines.add(current.toString());
                            current.setLength(0);
                        }
                        current.append(ch);
                    }
                }
                lines.add(current.toString());
            }
            return lines;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private static String printable(String text, PDFont font) {
            StringBuilder out = new StringBuilder();
            text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                if (cp == '\n') {
                    out.append('\n');
                    return;
                }
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException missing) {
                    out.append(' ');
                }
            });
            return out.toString();
        }
    }
}
