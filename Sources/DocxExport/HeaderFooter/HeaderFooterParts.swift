import ExportKit

/// `word/header1.xml` (the title) and `word/footer1.xml` ("page N of M" in the document's
/// language, N and M being PAGE and NUMPAGES fields).
enum HeaderFooterParts {
  static func header(title: String, styles: StyleMap) -> XMLWriter {
    var xml = XMLWriter(capacity: 512)
    xml.declaration()
    xml.raw("<w:hdr")
    xml.attribute("xmlns:w", Namespace.w)
    xml.attribute("xmlns:r", Namespace.r)
    xml.raw("><w:p><w:pPr><w:pStyle")
    xml.attribute("w:val", styles[.header])
    xml.raw("/></w:pPr><w:r><w:t xml:space=\"preserve\">")
    xml.text(title)
    xml.raw("</w:t></w:r></w:p></w:hdr>")
    return xml
  }

  static func footer(_ localized: Localized, styles: StyleMap) -> XMLWriter {
    let words = localized.pageOfPages
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.raw("<w:ftr")
    xml.attribute("xmlns:w", Namespace.w)
    xml.attribute("xmlns:r", Namespace.r)
    xml.raw("><w:p><w:pPr><w:pStyle")
    xml.attribute("w:val", styles[.footer])
    xml.raw("/></w:pPr>")
    text(words.before, into: &xml)
    field("PAGE", into: &xml)
    text(words.between, into: &xml)
    field("NUMPAGES", into: &xml)
    text(words.after, into: &xml)
    xml.raw("</w:p></w:ftr>")
    return xml
  }

  private static func text(_ s: String, into xml: inout XMLWriter) {
    guard !s.isEmpty else { return }
    xml.raw("<w:r><w:t xml:space=\"preserve\">")
    xml.text(s)
    xml.raw("</w:t></w:r>")
  }

  /// A complex field whose shown result is "1" until the application updates it.
  static func field(_ instruction: StaticString, into xml: inout XMLWriter) {
    xml.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ")
    xml.raw(instruction)
    xml.raw(
      " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    )
  }
}
