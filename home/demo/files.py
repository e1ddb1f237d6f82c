"""Small, real files for the demo content, generated on the spot: no binaries in the repo."""

import io
import zipfile
import zlib
from xml.sax.saxutils import escape as xml_escape

from PIL import Image, ImageDraw
from pptx import Presentation


def make_pdf(title, paragraphs):
    """A valid one-page PDF (text in Helvetica, Danish letters through WinAnsiEncoding)."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    lines = [
        "BT",
        "/F1 20 Tf",
        "56 780 Td",
        f"({escape(title)}) Tj",
        "/F1 11 Tf",
        "0 -32 Td",
    ]
    for paragraph in paragraphs:
        for line in _wrap(paragraph, 90):
            lines += [f"({escape(line)}) Tj", "0 -16 Td"]
        lines.append("0 -8 Td")
    lines.append("ET")
    stream = zlib.compress("\n".join(lines).encode("cp1252"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe6\xf8\xe5\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _wrap(text, width):
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            yield line
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        yield line


PALETTE = {
    "sand": (246, 239, 228),
    "teal": (22, 94, 107),
    "coral": (222, 122, 95),
    "sun": (241, 190, 102),
    "sage": (151, 182, 160),
}


def make_family_image(width=1200, height=900, variant=0):
    """A drawing of two parents and a small child in the site's colours, as PNG bytes."""
    background, first, second = [
        ("sand", "teal", "coral"),
        ("sand", "sage", "teal"),
        ("sand", "coral", "sage"),
    ][variant % 3]
    image = Image.new("RGB", (width, height), PALETTE[background])
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.62, -height * 0.2, width * 1.2, height * 0.45), fill=PALETTE["sun"])
    ground = height * 0.82
    draw.rectangle((0, ground, width, height), fill=PALETTE["sage"])

    def person(x, size, colour):
        head = size * 0.22
        draw.ellipse((x - head, ground - size - head * 2, x + head, ground - size), fill=colour)
        draw.rounded_rectangle(
            (x - size * 0.3, ground - size + head * 0.3, x + size * 0.3, ground),
            radius=int(size * 0.25),
            fill=colour,
        )

    person(width * 0.36, height * 0.45, PALETTE[first])
    person(width * 0.64, height * 0.42, PALETTE[second])
    person(width * 0.5, height * 0.2, PALETTE["coral" if first != "coral" else "teal"])
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


DOCX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
DOCX_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)


def make_docx(title, paragraphs):
    """A minimal, valid Word document: a heading and paragraphs."""

    def paragraph(text, style=None):
        properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return (
            f'<w:p>{properties}<w:r><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:p>'
        )

    body = paragraph(title, "Title") + "".join(paragraph(text) for text in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        docx.writestr("_rels/.rels", DOCX_RELATIONSHIPS)
        docx.writestr("word/document.xml", document)
    return out.getvalue()


def make_pptx(title, paragraphs):
    """A small, valid PowerPoint file: a title slide, then one slide of text per paragraph."""
    presentation = Presentation()
    first = presentation.slides.add_slide(presentation.slide_layouts[0])
    first.shapes.title.text = title
    for paragraph in paragraphs:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text_frame.text = paragraph
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()
