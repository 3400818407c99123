import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the PDF sample documents from the texts/*.md sources (the same
 * sources make_office.py uses; see README.md for the format).
 *
 * Run from indexer/src/samples:
 *   java -cp "$(cat /tmp/indexer-cp.txt)" MakePdfs.java [textsDir] [outputDir]
 *
 * Fonts: DejaVu Sans (regular and bold) from /usr/share/fonts/truetype/dejavu,
 * embedded as subsets via PDType0Font so that Polish and Cyrillic text
 * extracts correctly. Override the folder with -Ddejavu.dir=...
 */
public class MakePdfs {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_LEFT = 64f;
    static final float MARGIN_RIGHT = 64f;
    static final float MARGIN_TOP = 72f;
    static final float MARGIN_BOTTOM = 72f;
    static final float TEXT_WIDTH = PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;

    static final float BODY_SIZE = 11f;
    static final float BODY_LEADING = 15.5f;
    static final float HEADING_SIZE = 13f;
    static final float TITLE_MAX_SIZE = 18f;
    static final float TITLE_MIN_SIZE = 13f;
    static final float BULLET_INDENT = 16f;
    static final String PAGEBREAK = "<!-- pagebreak -->";

    record Block(String kind, String text) {}

    record Source(Map<String, String> meta, String title, List<Block> blocks) {}

    public static void main(String[] args) throws IOException {
        Path texts = Path.of(args.length > 0 ? args[0] : "texts");
        Path out = Path.of(args.length > 1 ? args[1] : "../main/resources/samples");
        Path fontDir = Path.of(System.getProperty("dejavu.dir", "/usr/share/fonts/truetype/dejavu"));
        Files.createDirectories(out);

        List<Path> sources;
        try (Stream<Path> s = Files.list(texts)) {
            sources = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int written = 0;
        for (Path p : sources) {
            Source src = parse(p);
            String file = src.meta().get("file");
            if (file == null || !file.endsWith(".pdf")) {
                continue;
            }
            Path target = out.resolve(file);
            int pages = render(src, target,
                    fontDir.resolve("DejaVuSans.ttf").toFile(),
                    fontDir.resolve("DejaVuSans-Bold.ttf").toFile());
            System.out.printf("%-45s %d page(s), %6d bytes%n", file, pages, Files.size(target));
            written++;
        }
        System.out.println(written + " PDF file(s) written to " + out.toAbsolutePath().normalize());
    }

    // ---------------------------------------------------------------- parsing

    static Source parse(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        Map<String, String> meta = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon > 0) {
                meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String title = null;
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (i = i + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean special = line.isEmpty() || line.equals(PAGEBREAK)
                    || line.startsWith("# ") || line.startsWith("## ") || line.startsWith("- ");
            if (special && para.length() > 0) {
                blocks.add(new Block("p", para.toString()));
                para.setLength(0);
            }
            if (line.isEmpty()) {
                continue;
            } else if (line.equals(PAGEBREAK)) {
                blocks.add(new Block("pagebreak", ""));
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                blocks.add(new Block("h2", line.substring(3).strip()));
            } else if (line.startsWith("- ")) {
                blocks.add(new Block("li", line.substring(2).strip()));
            } else {
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(line);
            }
        }
        if (para.length() > 0) {
            blocks.add(new Block("p", para.toString()));
        }
        if (title == null) {
            throw new IllegalArgumentException(path + ": no '# title' line");
        }
        return new Source(meta, title, blocks);
    }

    // -------------------------------------------------------------- rendering

    /** Simple top-to-bottom text layout with automatic and explicit page breaks. */
    static final class Layout implements AutoCloseable {
        final PDDocument doc;
        PDPageContentStream cs;
        float y;

        Layout(PDDocument doc) {
            this.doc = doc;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN_TOP;
        }

        void ensureSpace(float needed) throws IOException {
            if (cs == null || y - needed < MARGIN_BOTTOM) {
                newPage();
            }
        }

        void gap(float amount) {
            y -= amount;
        }

        void line(String text, PDFont font, float size, float x, float leading, float[] rgb)
                throws IOException {
            ensureSpace(leading);
            y -= leading;
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        }

        @Override
        public void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }
    }

    static final float[] BLACK = {0.13f, 0.13f, 0.13f};
    static final float[] BLUE = {0.12f, 0.23f, 0.35f};
    static final float[] GREY = {0.45f, 0.45f, 0.45f};

    static int render(Source src, Path target, File regularTtf, File boldTtf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PDType0Font.load(doc, regularTtf);
            PDFont bold = PDType0Font.load(doc, boldTtf);
            Map<String, String> m = src.meta();

            try (Layout layout = new Layout(doc)) {
                layout.newPage();

                // Title: shrink until it fits on one line, wrap only as a last resort.
                float titleSize = TITLE_MAX_SIZE;
                while (titleSize > TITLE_MIN_SIZE && width(bold, titleSize, src.title()) > TEXT_WIDTH) {
                    titleSize -= 0.5f;
                }
                for (String l : wrap(src.title(), bold, titleSize, TEXT_WIDTH)) {
                    layout.line(l, bold, titleSize, MARGIN_LEFT, titleSize * 1.3f, BLUE);
                }
                layout.gap(12f);

                String previous = "title";
                for (Block b : src.blocks()) {
                    switch (b.kind()) {
                        case "pagebreak" -> layout.newPage();
                        case "h2" -> {
                            // keep the heading together with at least two following lines
                            layout.ensureSpace(HEADING_SIZE * 1.4f + 10f + 2 * BODY_LEADING);
                            if (!previous.equals("title") && layout.y < PAGE.getHeight() - MARGIN_TOP) {
                                layout.gap(10f);
                            }
                            for (String l : wrap(b.text(), bold, HEADING_SIZE, TEXT_WIDTH)) {
                                layout.line(l, bold, HEADING_SIZE, MARGIN_LEFT, HEADING_SIZE * 1.4f, BLUE);
                            }
                            layout.gap(3f);
                        }
                        case "li" -> {
                            List<String> lines = wrap(b.text(), regular, BODY_SIZE, TEXT_WIDTH - BULLET_INDENT);
                            for (int k = 0; k < lines.size(); k++) {
                                if (k == 0) {
                                    // bullet first, on the baseline of the item's first line
                                    layout.ensureSpace(BODY_LEADING);
                                    layout.cs.beginText();
                                    layout.cs.setFont(regular, BODY_SIZE);
                                    layout.cs.setNonStrokingColor(BLACK[0], BLACK[1], BLACK[2]);
                                    layout.cs.newLineAtOffset(MARGIN_LEFT + 4f, layout.y - BODY_LEADING);
                                    layout.cs.showText("•");
                                    layout.cs.endText();
                                    layout.line(lines.get(0), regular, BODY_SIZE,
                                            MARGIN_LEFT + BULLET_INDENT, BODY_LEADING, BLACK);
                                } else {
                                    layout.line(lines.get(k), regular, BODY_SIZE,
                                            MARGIN_LEFT + BULLET_INDENT, BODY_LEADING, BLACK);
                                }
                            }
                            layout.gap(2f);
                        }
                        default -> {
                            if (previous.equals("li")) {
                                layout.gap(4f);
                            }
                            for (String l : wrap(b.text(), regular, BODY_SIZE, TEXT_WIDTH)) {
                                layout.line(l, regular, BODY_SIZE, MARGIN_LEFT, BODY_LEADING, BLACK);
                            }
                            layout.gap(7f);
                        }
                    }
                    previous = b.kind();
                }
            }

            // Footer with page numbers.
            int total = doc.getNumberOfPages();
            for (int p = 0; p < total; p++) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(p),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String footer = (p + 1) + " / " + total;
                    float size = 9f;
                    cs.beginText();
                    cs.setFont(regular, size);
                    cs.setNonStrokingColor(GREY[0], GREY[1], GREY[2]);
                    cs.newLineAtOffset((PAGE.getWidth() - width(regular, size, footer)) / 2f, MARGIN_BOTTOM / 2f);
                    cs.showText(footer);
                    cs.endText();
                }
            }

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(src.title());
            String authors = m.getOrDefault("authors", "").strip();
            info.setAuthor(authors.isEmpty() ? m.get("organization") : authors);
            info.setSubject(m.get("description"));
            info.setKeywords(m.get("topics"));
            info.setCreator("Mosty sample generator");
            info.setProducer("Apache PDFBox");
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(Integer.parseInt(m.get("year")), Calendar.MARCH, 1, 12, 0, 0);
            info.setCreationDate(created);
            info.setModificationDate(created);
            doc.getDocumentCatalog().setLanguage(m.get("language"));

            Files.deleteIfExists(target);
            doc.save(target.toFile());
            return total;
        }
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Greedy word wrap; words are never split. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && width(font, size, candidate) > maxWidth) {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }
}
