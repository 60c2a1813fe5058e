import DocumentOutline
import ExportKit

extension DocxBody {
  /// `--toc`: a TOC field marked dirty (Word rebuilds it on open), whose result already holds
  /// the entries: each a link to its heading and a PAGEREF field to the heading's bookmark,
  /// which LibreOffice and Word compute when they lay the document out, so that the contents
  /// show page numbers before anyone updates them.
  mutating func tableOfContents(_ contents: TableOfContents) {
    openParagraph(.tocHeading, keepNext: true)
    text(Substring(contents.title))
    closeRun()
    xml.raw("</w:p>")
    let begin: StaticString =
      "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-3&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    let end: StaticString = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    guard !contents.entries.isEmpty else {
      openParagraph(.toc1, rightTab: page.textWidth)
      xml.raw(begin)
      xml.raw(end)
      xml.raw("</w:p>")
      return
    }
    for (index, entry) in contents.entries.enumerated() {
      openParagraph(StyleID.toc(entry.level), rightTab: page.textWidth)
      if index == 0 { xml.raw(begin) }
      xml.raw("<w:hyperlink w:anchor=\"")
      xml.attributeValue(entry.bookmark)
      xml.raw("\" w:history=\"1\">")
      text(Substring(entry.text))
      closeRun()
      xml.raw("<w:r><w:tab/></w:r>")
      xml.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF ")
      xml.text(entry.bookmark)
      xml.raw(" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
      xml.raw("<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
      xml.raw("</w:hyperlink>")
      if index == contents.entries.count - 1 { xml.raw(end) }
      xml.raw("</w:p>")
    }
    lastWasTable = false
  }
}
