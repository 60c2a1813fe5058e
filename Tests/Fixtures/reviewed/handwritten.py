"""Writes the reviewed test files no tool here makes, by editing the XML of files
prepexport wrote:

- en-word-threads.docx: what Word writes and python-docx and LibreOffice do not: a threaded
  reply (commentsExtended.xml w15:paraIdParent), a resolved comment (w15:done), UTC dates
  (commentsIds.xml → commentsExtensible.xml), a move (w:moveFrom/w:moveTo), Word's own
  formatting changes (w:rPrChange with the old properties, w:pPrChange), a deleted paragraph
  (its mark in w:pPr/w:rPr/w:del), and a tracked insertion in the header.
- en-reply-links.odt: newer LibreOffice's comment threads (loext:parent-name) and resolved
  state (loext:resolved) on office:annotation ranges.
- hostile-*: files a guard must refuse, one clear error each.

    python3 handwritten.py BASE-en.docx BASE-en.odt OUTPUT-FOLDER
"""
import io
import os
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORD_NS = (f'xmlns:w="{W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
           'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"')
DATE = "2026-12-01T09:30:00Z"


def read(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def write(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 30, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def replace_once(text, old, new):
    if text.count(old) != 1:
        raise SystemExit(f"expected one {old[:60]!r}, found {text.count(old)}")
    return text.replace(old, new)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def word_threads(base, target):
    parts = dict(read(base))
    doc = parts["word/document.xml"].decode()
    # A comment on a list item, a reply to it, and a resolved comment on a question.
    doc = replace_once(
        doc, run("Cache invalidation is the hard part"),
        '<w:commentRangeStart w:id="10"/><w:commentRangeStart w:id="11"/>' + run("Cache invalidation is the hard part")
        + '<w:commentRangeEnd w:id="10"/><w:r><w:commentReference w:id="10"/></w:r>'
        + '<w:commentRangeEnd w:id="11"/><w:r><w:commentReference w:id="11"/></w:r>')
    doc = replace_once(
        doc, run("How does the team decide what to build next?"),
        '<w:commentRangeStart w:id="12"/>' + run("How does the team decide what to build next?")
        + '<w:commentRangeEnd w:id="12"/><w:r><w:commentReference w:id="12"/></w:r>')
    # A move: the second key point moved up, before the first.
    moved = "Measure the hit rate before and after"
    doc = replace_once(
        doc, run(moved),
        f'<w:moveFromRangeStart w:id="20" w:author="Sam Lee" w:date="{DATE}" w:name="move1"/>'
        f'<w:moveFrom w:id="21" w:author="Sam Lee" w:date="{DATE}">{run(moved)}</w:moveFrom>'
        '<w:moveFromRangeEnd w:id="20"/>')
    doc = replace_once(
        doc, run("Cache invalidation is the hard part"),
        f'<w:moveToRangeStart w:id="22" w:author="Sam Lee" w:date="{DATE}" w:name="move1"/>'
        f'<w:moveTo w:id="23" w:author="Sam Lee" w:date="{DATE}">{run(moved + ". ")}</w:moveTo>'
        '<w:moveToRangeEnd w:id="22"/>' + run("Cache invalidation is the hard part"))
    # Word's formatting changes: a label made italic, a paragraph centred.
    doc = replace_once(
        doc, '<w:r><w:t xml:space="preserve">Sample answer</w:t></w:r>',
        f'<w:r><w:rPr><w:b/><w:i/><w:rPrChange w:id="30" w:author="Sam Lee" w:date="{DATE}"><w:rPr><w:b/></w:rPr>'
        '</w:rPrChange></w:rPr><w:t xml:space="preserve">Sample answer</w:t></w:r>')
    doc = replace_once(
        doc, "<w:p><w:r><w:t xml:space=\"preserve\">I have kept",
        f'<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="31" w:author="Sam Lee" w:date="{DATE}"><w:pPr/>'
        '</w:pPrChange></w:pPr><w:r><w:t xml:space="preserve">I have kept')
    # A whole paragraph deleted: its text and its mark.
    doc = replace_once(
        doc, '<w:numId w:val="1"/></w:numPr></w:pPr>' + run("Talk about what you want to build next."),
        f'<w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="32" w:author="Sam Lee" w:date="{DATE}"/></w:rPr></w:pPr>'
        f'<w:del w:id="33" w:author="Sam Lee" w:date="{DATE}"><w:r><w:delText xml:space="preserve">'
        'Talk about what you want to build next.</w:delText></w:r></w:del>')
    parts["word/document.xml"] = doc.encode()
    header = parts["word/header1.xml"].decode()
    header = replace_once(
        header, "<w:r><w:t",
        f'<w:ins w:id="40" w:author="Sam Lee" w:date="{DATE}"><w:r><w:t xml:space="preserve">DRAFT · </w:t></w:r></w:ins>'
        "<w:r><w:t")
    parts["word/header1.xml"] = header.encode()

    def comment(cid, para, author, initials, date, text):
        return (f'<w:comment w:id="{cid}" w:author="{author}" w:initials="{initials}" w:date="{date}">'
                f'<w:p w14:paraId="{para}"><w:r><w:annotationRef/></w:r>{run(text)}</w:p></w:comment>')

    parts["word/comments.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {WORD_NS}>'
        + comment(10, "0A000001", "Sam Lee", "SL", "2026-12-01T10:30:00Z", "Which cache do you mean?")
        + comment(11, "0A000002", "Alex Morgan", "AM", "2026-12-01T11:00:00Z", "The CDN cache.")
        + comment(12, "0A000003", "Sam Lee", "SL", "2026-12-01T10:40:00Z", "Good question, keep it.")
        + "</w:comments>").encode()
    parts["word/commentsExtended.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx {WORD_NS}>'
        '<w15:commentEx w15:paraId="0A000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0A000003" w15:done="1"/>'
        "</w15:commentsEx>").encode()
    parts["word/commentsIds.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w16cid:commentsIds {WORD_NS}>'
        '<w16cid:commentId w16cid:paraId="0A000001" w16cid:durableId="1B000001"/>'
        '<w16cid:commentId w16cid:paraId="0A000002" w16cid:durableId="1B000002"/>'
        '<w16cid:commentId w16cid:paraId="0A000003" w16cid:durableId="1B000003"/>'
        "</w16cid:commentsIds>").encode()
    parts["word/commentsExtensible.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w16cex:commentsExtensible {WORD_NS}>'
        '<w16cex:commentExtensible w16cex:durableId="1B000001" w16cex:dateUtc="2026-12-01T02:30:00Z"/>'
        "</w16cex:commentsExtensible>").encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    extra = "".join(
        f'<Relationship Id="rIdC{n}" Type="{t}" Target="{target}"/>' for n, (t, target) in enumerate([
            (f"{REL}/comments", "comments.xml"),
            ("http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"),
            ("http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml"),
            ("http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
             "commentsExtensible.xml"),
        ]))
    parts["word/_rels/document.xml.rels"] = replace_once(rels, "</Relationships>", extra + "</Relationships>").encode()
    types = parts["[Content_Types].xml"].decode()
    overrides = "".join(
        f'<Override PartName="/word/{name}.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.{kind}+xml"/>' for name, kind in [
            ("comments", "comments"), ("commentsExtended", "commentsExtended"), ("commentsIds", "commentsIds"),
            ("commentsExtensible", "commentsExtensible")])
    parts["[Content_Types].xml"] = replace_once(types, "</Types>", overrides + "</Types>").encode()
    order = [name for name, _ in read(base)] + [
        "word/comments.xml", "word/commentsExtended.xml", "word/commentsIds.xml", "word/commentsExtensible.xml"]
    write(target, [(name, parts[name]) for name in order])


def reply_links(base, target):
    parts = read(base)
    out = []
    for name, data in parts:
        if name == "content.xml":
            text = data.decode()
            text = replace_once(
                text, "<office:document-content ",
                '<office:document-content xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" ')

            def note(name, author, date, body, extra=""):
                return (f'<office:annotation office:name="{name}"{extra}><dc:creator>{author}</dc:creator>'
                        f'<dc:date>{date}</dc:date><text:p>{body}</text:p></office:annotation>')

            text = replace_once(
                text, ">Cache invalidation is the hard part<",
                ">" + note("__Annotation__1", "Sam Lee", "2026-12-01T10:30:00", "Which cache do you mean?")
                + note("__Annotation__2", "Alex Morgan", "2026-12-01T11:00:00", "The CDN cache.",
                       ' loext:parent-name="__Annotation__1"')
                + "Cache invalidation is the hard part"
                + '<office:annotation-end office:name="__Annotation__1"/>'
                + '<office:annotation-end office:name="__Annotation__2"/><')
            text = replace_once(
                text, ">How does the team decide what to build next?<",
                ">" + note("__Annotation__3", "Sam Lee", "2026-12-01T10:40:00", "Good question, keep it.",
                           ' loext:resolved="true"')
                + 'How does the team decide what to build next?<office:annotation-end office:name="__Annotation__3"/><')
            data = text.encode()
        out.append((name, data))
    write(target, out)


def hostile(folder):
    def archive(name, entries, compress=zipfile.ZIP_DEFLATED):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compress) as z:
            for entry, data in entries:
                z.writestr(zipfile.ZipInfo(entry, date_time=(2026, 12, 1, 9, 30, 0)), data, compress_type=compress)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(buffer.getvalue())

    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>x</w:t>'
                "</w:r></w:p></w:body></w:document>").encode()
    archive("hostile-zip-slip.docx", [("word/document.xml", document), ("../../evil.sh", b"echo owned\n")])
    archive("hostile-zip-bomb.docx", [("word/document.xml", document + b" " * (4 << 20))])
    archive("hostile-xxe.docx", [("word/document.xml", (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>').encode())])
    laughs = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    archive("hostile-billion-laughs.odt", [
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", (f'<?xml version="1.0"?><!DOCTYPE r [{laughs}]><r>&i;</r>').encode())])
    with open(os.path.join(folder, "hostile-report.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    with open(os.path.join(folder, "hostile-legacy.doc"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with open(os.path.join(folder, "hostile-markdown.docx"), "wb") as f:
        f.write("# Why this role\n\nI want to design systems.\n".encode())


def main():
    base_docx, base_odt, folder = sys.argv[1:4]
    word_threads(base_docx, os.path.join(folder, "en-word-threads.docx"))
    reply_links(base_odt, os.path.join(folder, "en-reply-links.odt"))
    hostile(folder)


main()
