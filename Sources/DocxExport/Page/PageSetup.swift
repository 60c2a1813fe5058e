import ExportKit

/// Page size and margins in twentieths of a point (twips), written as the body's `w:sectPr`.
struct PageSetup: Sendable, Equatable {
  var width: Int
  var height: Int
  var landscape = false
  var top: Int
  var right: Int
  var bottom: Int
  var left: Int
  var header: Int
  var footer: Int
  var gutter = 0

  /// A4, or US Letter for en-US and en-CA, with 2.2 cm margins all round.
  static func defaults(for lang: LanguageTag) -> PageSetup {
    let margin = 1247  // 2.2 cm
    let letter = lang.usesLetterPaper
    return PageSetup(
      width: letter ? 12240 : 11906, height: letter ? 15840 : 16838, top: margin, right: margin, bottom: margin,
      left: margin, header: 680, footer: 680)
  }

  /// The width between the margins.
  var textWidth: Int { max(width - left - right - gutter, 2880) }

  /// `<w:sectPr>` with the header and footer references and this page.
  func writeSection(into xml: inout XMLWriter, headerID: String, footerID: String) {
    xml.raw("<w:sectPr><w:headerReference w:type=\"default\"")
    xml.attribute("r:id", headerID)
    xml.raw("/><w:footerReference w:type=\"default\"")
    xml.attribute("r:id", footerID)
    xml.raw("/><w:pgSz w:w=\"")
    xml.number(width)
    xml.raw("\" w:h=\"")
    xml.number(height)
    xml.raw("\"")
    if landscape { xml.raw(" w:orient=\"landscape\"") }
    xml.raw("/><w:pgMar")
    for (name, value) in [("w:top", top), ("w:right", right), ("w:bottom", bottom), ("w:left", left)]
      as [(StaticString, Int)]
    {
      xml.attribute(name, String(value))
    }
    for (name, value) in [("w:header", header), ("w:footer", footer), ("w:gutter", gutter)] as [(StaticString, Int)] {
      xml.attribute(name, String(value))
    }
    xml.raw("/><w:cols w:space=\"425\"/></w:sectPr>")
  }
}
