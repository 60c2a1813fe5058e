"""Reviews a DOCX or ODT in a running LibreOffice with change tracking on, as a mentor
would in Writer: text appended to a question, a note typed into a mentor-notes box, a
deletion, a word made bold, a new paragraph. Saves as DOCX and ODT in LibreOffice's own
markup. Run with the Python that has LibreOffice's `uno` module (Debian: python3-uno):

    /usr/bin/python3 review_with_libreoffice.py PIPE LANG IN OUT.docx OUT.odt
"""
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

EDITS = {
    "zh": {
        "author": ("老师", "王", "W"),
        "append": ("团队如何衡量稳定性的收益", "（按季度）"),
        "note": "建议加一个失败案例。",
        "delete": ("您好，我叫李明", "过去五年一直"),
        "bold": ("数字要具体", "具体"),
        "paragraph": ("您好，我叫李明", "补充：我也带过新人。"),
    },
    "ja": {
        "author": ("先生", "佐藤", "S"),
        "append": ("チームの一番大きな技術的課題", "（具体例を聞く）"),
        "note": "数字をもう少し具体的に。",
        "delete": ("田中と申します", "これまで"),
        "bold": ("決済サービスの可用性", "可用性"),
        "paragraph": ("田中と申します", "チームリーダーの経験もあります。"),
    },
    "en": {
        "author": ("Sam", "Lee", "SL"),
        "append": ("What does success look like", " Ask for an example."),
        "note": "Practise this answer aloud.",
        "delete": ("I have kept a large system", "large "),
        "bold": ("Cache invalidation", "hard part"),
        "paragraph": ("I have kept a large system", "Mention the on-call rotation."),
    },
}


def value(name, v):
    p = PropertyValue()
    p.Name = name
    p.Value = v
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def set_author(context, given, family, initials):
    provider = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", context)
    node = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (value("nodepath", "/org.openoffice.UserProfile/Data"),))
    node.setPropertyValue("givenname", given)
    node.setPropertyValue("sn", family)
    node.setPropertyValue("initials", initials)
    node.commitChanges()


def paragraphs(document):
    out = []

    def walk(text):
        e = text.createEnumeration()
        while e.hasMoreElements():
            p = e.nextElement()
            if p.supportsService("com.sun.star.text.Paragraph"):
                out.append(p)
            elif p.supportsService("com.sun.star.text.TextTable"):
                for name in p.getCellNames():
                    walk(p.getCellByName(name).Text)

    walk(document.Text)
    return out


def find(document, prefix):
    for p in paragraphs(document):
        if p.String.startswith(prefix):
            return p
    raise SystemExit(f"no paragraph starts with {prefix!r}")


def select(p, word):
    cursor = p.Text.createTextCursorByRange(p.Start)
    cursor.goRight(p.String.index(word), False)
    cursor.goRight(len(word), True)
    return cursor


def main():
    pipe, lang, source, out_docx, out_odt = sys.argv[1:6]
    edits = EDITS[lang]
    context = connect(pipe)
    set_author(context, *edits["author"])
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (value("Hidden", True),))
    document.RecordChanges = True
    prefix, text = edits["append"]
    p = find(document, prefix)
    p.Text.insertString(p.Text.createTextCursorByRange(p.End), text, False)
    box = next(p for p in paragraphs(document) if p.ParaStyleName.lower().replace("_20_", " ") == "mentor notes"
               and p.String == "")
    box.Text.insertString(box.Text.createTextCursorByRange(box.Start), edits["note"], False)
    prefix, word = edits["delete"]
    select(find(document, prefix), word).setString("")
    prefix, word = edits["bold"]
    select(find(document, prefix), word).CharWeight = 150.0
    prefix, text = edits["paragraph"]
    p = find(document, prefix)
    cursor = p.Text.createTextCursorByRange(p.End)
    p.Text.insertControlCharacter(cursor, 0, False)
    p.Text.insertString(cursor, text, False)
    document.storeToURL(uno.systemPathToFileUrl(out_docx), (value("FilterName", "MS Word 2007 XML"),))
    document.storeToURL(uno.systemPathToFileUrl(out_odt), (value("FilterName", "writer8"),))
    document.close(True)


main()
