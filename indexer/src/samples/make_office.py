#!/usr/bin/env python3
"""Generate the DOCX, ODT, HTML and TXT sample documents and manifest.json.

Reads every ``texts/*.md`` source next to this script.  Each source starts with
a ``key: value`` front matter block terminated by a ``---`` line, followed by
the document body:

    # Title                 (exactly one, first line of the body)
    ## Heading              (section heading)
    - item                  (one bullet item per line)
    <!-- pagebreak -->      (page break; only honoured by MakePdfs.java)
    plain text              (paragraphs, separated by blank lines)

The PDF files are produced by MakePdfs.java from the same sources; this script
writes the manifest for all documents, PDFs included.

Only the Python standard library is used.  Output is deterministic (fixed zip
timestamps), so re-running the script yields identical files.
"""

import html
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
OUT = HERE.parent / "main" / "resources" / "samples"

TYPES = {"report", "guideline", "good-practice", "article", "policy-brief",
         "legal-analysis", "training-material", "leaflet", "newsletter",
         "presentation", "other"}
TOPICS = {"refugees", "temporary-protection", "residence-permit", "work-permit",
          "asylum", "tolerated-stay", "integration", "housing", "legal-aid",
          "psychological-support", "education", "health-care", "employment",
          "language-learning", "children", "social-assistance",
          "discrimination", "family-reunification", "citizenship",
          "volunteering"}
REGIONS = {"dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie",
           "łódzkie", "małopolskie", "mazowieckie", "opolskie", "podkarpackie",
           "podlaskie", "pomorskie", "śląskie", "świętokrzyskie",
           "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie",
           "cała-polska"}
AUDIENCES = {"ngo-workers", "migrants", "researchers", "public-officials",
             "volunteers", "teachers"}
LANGS = {"pl": "PL", "uk": "UA", "en": "GB"}
FORMATS = {"pdf", "docx", "odt", "html", "txt"}
PAGEBREAK = "<!-- pagebreak -->"


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------

def parse(path):
    """Return (meta, title, blocks); blocks are (kind, text) tuples with kind
    in {"h2", "p", "li", "pagebreak"}."""
    lines = path.read_text(encoding="utf-8").splitlines()
    meta = {}
    i = 0
    while lines[i].strip() != "---":
        key, _, value = lines[i].partition(":")
        meta[key.strip()] = value.strip()
        i += 1
    body = lines[i + 1:]

    title = None
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    for raw in body:
        line = raw.strip()
        if not line:
            flush()
        elif line == PAGEBREAK:
            flush()
            blocks.append(("pagebreak", ""))
        elif line.startswith("# "):
            flush()
            if title is not None:
                raise ValueError(f"{path.name}: more than one title")
            title = line[2:].strip()
        elif line.startswith("## "):
            flush()
            blocks.append(("h2", line[3:].strip()))
        elif line.startswith("- "):
            flush()
            blocks.append(("li", line[2:].strip()))
        else:
            para.append(line)
    flush()
    if title is None:
        raise ValueError(f"{path.name}: no '# title' line")
    return meta, title, blocks


def manifest_entry(meta, title):
    return {
        "file": meta["file"],
        "title": title,
        "type": meta["type"],
        "topics": [t.strip() for t in meta["topics"].split(",") if t.strip()],
        "organization": meta["organization"],
        "year": int(meta["year"]),
        "region": meta["region"],
        "audience": meta["audience"],
        "access": meta["access"],
        "language": meta["language"],
        "authors": [a.strip() for a in meta.get("authors", "").split(";")
                    if a.strip()],
        "description": meta["description"],
    }


def validate(entry, source):
    problems = []
    name = entry["file"]
    lang = entry["language"]
    if not re.fullmatch(r"(pl|uk|en)-[a-z0-9]+(-[a-z0-9]+)*\.(pdf|docx|odt|html|txt)", name):
        problems.append("bad file name")
    if not name.startswith(lang + "-") or lang not in LANGS:
        problems.append("language / file prefix mismatch")
    if entry["type"] not in TYPES:
        problems.append("bad type")
    if not 1 <= len(entry["topics"]) <= 3 or not set(entry["topics"]) <= TOPICS:
        problems.append("bad topics")
    if entry["region"] not in REGIONS:
        problems.append("bad region")
    if entry["audience"] not in AUDIENCES:
        problems.append("bad audience")
    if entry["access"] not in {"PUBLIC", "MEMBERS"}:
        problems.append("bad access")
    if not 2019 <= entry["year"] <= 2026:
        problems.append("bad year")
    if source.stem != Path(name).stem:
        problems.append("source name differs from output name")
    if problems:
        raise ValueError(f"{source.name}: " + ", ".join(problems))


def word_count(title, blocks):
    text = " ".join([title] + [t for _, t in blocks])
    return len(re.findall(r"\w+(?:[’'\-]\w+)*", text))


def authors_or_org(entry):
    return "; ".join(entry["authors"]) or entry["organization"]


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

def x(text):
    """XML-escape text content."""
    return escape(text, {'"': "&quot;"})


def zip_write(zf, name, data, stamp, compress=True):
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def write_txt(path, entry, blocks):
    # title, blank line, then paragraphs separated by blank lines;
    # consecutive bullet items form one block of "- " lines
    paragraphs = []
    previous = None
    for kind, text in blocks:
        if kind == "pagebreak":
            continue
        if kind == "li" and previous == "li":
            paragraphs[-1] += "\n- " + text
        else:
            paragraphs.append("- " + text if kind == "li" else text)
        previous = kind
    out = entry["title"] + "\n\n" + "\n\n".join(paragraphs) + "\n"
    path.write_text(out, encoding="utf-8")


HTML_STYLE = """body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:44em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
h1{font-size:1.6em;color:#1f3b5a}h2{font-size:1.2em;color:#1f3b5a;margin-top:1.5em}"""


def write_html(path, entry, blocks):
    e = lambda s: html.escape(s, quote=True)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{entry["language"]}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(entry['title'])}</title>",
        f'<meta name="description" content="{e(entry["description"])}">',
        f'<meta name="author" content="{e(authors_or_org(entry))}">',
        f'<meta name="keywords" content="{e(", ".join(entry["topics"]))}">',
        f"<style>\n{HTML_STYLE}\n</style>",
        "</head>",
        "<body>",
        "<article>",
        f"<h1>{e(entry['title'])}</h1>",
    ]
    in_list = False
    for kind, text in blocks:
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "pagebreak":
            continue
        if kind == "h2":
            out.append(f"<h2>{e(text)}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(text)}</p>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{e(text)}</li>")
    if in_list:
        out.append("</ul>")
    out += ["</article>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---- DOCX -----------------------------------------------------------------

DOCX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"""

DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

DOCX_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
"""

DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:sz w:val="22"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3B5A"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3B5A"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="80"/><w:ind w:left="567" w:hanging="283"/></w:pPr></w:style>
</w:styles>
"""

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def docx_par(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'


def write_docx(path, entry, blocks, stamp, created):
    lang = f'{entry["language"]}-{LANGS[entry["language"]]}'
    body = [docx_par(entry["title"], "Title")]
    for kind, text in blocks:
        if kind == "h2":
            body.append(docx_par(text, "Heading1"))
        elif kind == "p":
            body.append(docx_par(text))
        elif kind == "li":
            body.append(docx_par("•\t" + text, "ListBullet"))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {W_NS}><w:body>" + "".join(body) +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" '
        'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>\n")
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{x(entry['title'])}</dc:title>"
        f"<dc:creator>{x(authors_or_org(entry))}</dc:creator>"
        f"<dc:description>{x(entry['description'])}</dc:description>"
        f"<dc:language>{lang}</dc:language>"
        f"<cp:keywords>{x(', '.join(entry['topics']))}</cp:keywords>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
        "</cp:coreProperties>\n")
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Mosty sample generator</Application>"
        f"<Company>{x(entry['organization'])}</Company>"
        "</Properties>\n")
    with zipfile.ZipFile(path, "w") as zf:
        zip_write(zf, "[Content_Types].xml", DOCX_CONTENT_TYPES, stamp)
        zip_write(zf, "_rels/.rels", DOCX_RELS, stamp)
        zip_write(zf, "word/document.xml", document, stamp)
        zip_write(zf, "word/_rels/document.xml.rels", DOCX_DOC_RELS, stamp)
        zip_write(zf, "word/styles.xml", DOCX_STYLES.replace("{lang}", lang), stamp)
        zip_write(zf, "docProps/core.xml", core, stamp)
        zip_write(zf, "docProps/app.xml", app, stamp)


# ---- ODT ------------------------------------------------------------------

ODT_MIME = "application/vnd.oasis.opendocument.text"

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ns} office:version="1.2">
<office:font-face-decls xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="130%"/>
<style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:language="{lang}" fo:country="{country}"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="chapter">
<style:paragraph-properties fo:margin-bottom="0.4cm"/>
<style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1f3b5a"/>
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f3b5a"/>
</style:style>
<style:style style:name="Heading_20_spacer" style:display-name="Heading spacer" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/>
<style:text-properties fo:font-size="2pt"/>
</style:style>
</office:styles>
</office:document-styles>
"""


def write_odt(path, entry, blocks, stamp, created):
    lang = entry["language"]
    # Tika 3.x (OpenDocumentBodyHandler) writes no line break after </text:h>,
    # so a heading would be glued to the following text ("HeadingFirst word").
    # An empty, practically invisible spacer paragraph after every heading
    # keeps the extracted words apart while the headings stay real text:h.
    spacer = '<text:p text:style-name="Heading_20_spacer"/>'
    body = [f'<text:h text:style-name="Title" text:outline-level="1">{x(entry["title"])}</text:h>', spacer]
    in_list = False
    for kind, text in blocks:
        if kind != "li" and in_list:
            body.append("</text:list>")
            in_list = False
        if kind == "h2":
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{x(text)}</text:h>')
            body.append(spacer)
        elif kind == "p":
            body.append(f'<text:p text:style-name="Text_20_body">{x(text)}</text:p>')
        elif kind == "li":
            if not in_list:
                body.append('<text:list text:style-name="Bullets">')
                in_list = True
            body.append(f'<text:list-item><text:p text:style-name="Text_20_body">{x(text)}</text:p></text:list-item>')
    if in_list:
        body.append("</text:list>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODF_NS} office:version="1.2">'
        "<office:automatic-styles>"
        '<text:list-style style:name="Bullets">'
        '<text:list-level-style-bullet text:level="1" text:bullet-char="•">'
        '<style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.5cm"/>'
        "</text:list-level-style-bullet></text:list-style>"
        "</office:automatic-styles>"
        "<office:body><office:text>" + "".join(body) +
        "</office:text></office:body></office:document-content>\n")
    keywords = "".join(f"<meta:keyword>{x(t)}</meta:keyword>" for t in entry["topics"])
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {ODF_NS} office:version="1.2"><office:meta>'
        "<meta:generator>Mosty sample generator</meta:generator>"
        f"<dc:title>{x(entry['title'])}</dc:title>"
        f"<dc:description>{x(entry['description'])}</dc:description>"
        f"<dc:language>{lang}-{LANGS[lang]}</dc:language>"
        f"<meta:initial-creator>{x(authors_or_org(entry))}</meta:initial-creator>"
        f"<dc:creator>{x(authors_or_org(entry))}</dc:creator>"
        f"<meta:creation-date>{created}</meta:creation-date>"
        f"<dc:date>{created}</dc:date>"
        f"{keywords}"
        "</office:meta></office:document-meta>\n")
    styles = (ODT_STYLES.replace("{ns}", ODF_NS).replace("{lang}", lang)
              .replace("{country}", LANGS[lang]))
    with zipfile.ZipFile(path, "w") as zf:
        zip_write(zf, "mimetype", ODT_MIME, stamp, compress=False)  # must be first
        zip_write(zf, "content.xml", content, stamp)
        zip_write(zf, "styles.xml", styles, stamp)
        zip_write(zf, "meta.xml", meta, stamp)
        zip_write(zf, "META-INF/manifest.xml", ODT_MANIFEST, stamp)


# --------------------------------------------------------------------------

def main():
    sources = sorted(TEXTS.glob("*.md"))
    if not sources:
        sys.exit(f"no sources in {TEXTS}")
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    for src in sources:
        meta, title, blocks = parse(src)
        entry = manifest_entry(meta, title)
        validate(entry, src)
        manifest.append(entry)
        words = word_count(title, blocks)
        if not 150 <= words <= 400:
            print(f"WARNING {src.name}: {words} words (expected 150-400)")
        fmt = entry["file"].rsplit(".", 1)[1]
        stamp = (entry["year"], 3, 1, 12, 0, 0)
        created = f"{entry['year']}-03-01T12:00:00Z"
        target = OUT / entry["file"]
        if fmt == "txt":
            write_txt(target, entry, blocks)
        elif fmt == "html":
            write_html(target, entry, blocks)
        elif fmt == "docx":
            write_docx(target, entry, blocks, stamp, created)
        elif fmt == "odt":
            write_odt(target, entry, blocks, stamp, created)
        elif fmt == "pdf":
            pass  # MakePdfs.java
        else:
            sys.exit(f"{src.name}: unknown format {fmt}")
        print(f"{entry['file']:50} {words:4d} words"
              + ("" if fmt != "pdf" else "  (PDF: run MakePdfs.java)"))
    manifest.sort(key=lambda e: e["file"])
    (OUT / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"manifest.json: {len(manifest)} entries")


if __name__ == "__main__":
    main()
