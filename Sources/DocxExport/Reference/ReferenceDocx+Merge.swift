import ExportKit
import Foundation

extension ReferenceDocx {
  /// The reference's styles.xml with our styles that it lacks added at the end. Added styles
  /// point at the reference's ids (basedOn, next, link); ours stays a default style only
  /// where the reference has no default of that type; and unless the user chose fonts, only
  /// the monospace ones name a font, so that the reference's fonts apply.
  func styles(adding fonts: FontChoice, lang: LanguageTag, keepFonts: Bool) throws -> XMLWriter {
    let oursXML = try StylesPart.part(fonts: fonts, lang: lang)
    let ours = try SafeXMLDocument(Data(oursXML.bytes), name: "docx/styles.xml")
    let oursIndex = ReferenceStyleIndex(ours)
    // Our id → the reference's id for the same style, for every style the reference has.
    var present: [String: String] = [:]
    for entry in oursIndex.entries { present[entry.id] = styleIndex.resolve(entry) }
    var added = ""
    for style in ours.select("/w:styles/w:style", namespaces: ["w": Namespace.w]) {
      guard let id = style.attribute("styleId", namespace: Namespace.w), present[id] == nil,
        !styleIndex.ids.contains(id)
      else { continue }
      var fragment = style.xml
      // Our default style stays the default only where the reference has none of its type.
      let type = style.attribute("type", namespace: Namespace.w) ?? "paragraph"
      if styleIndex.defaultTypes.contains(type) {
        fragment = fragment.replacingOccurrences(of: " w:default=\"1\"", with: "")
      }
      if !keepFonts && id != StyleID.sourceCode.rawValue && id != StyleID.verbatimChar.rawValue {
        fragment = Self.removingElements("w:rFonts", from: fragment)
      }
      for (own, theirs) in present.sorted(by: { $0.key < $1.key }) where own != theirs {
        for link in ["basedOn", "next", "link"] {
          fragment = fragment.replacingOccurrences(
            of: "<w:\(link) w:val=\"\(own)\"/>", with: "<w:\(link) w:val=\"\(Self.escaped(theirs))\"/>")
        }
      }
      added += fragment.replacingOccurrences(
        of: "<w:style ", with: "<w:style xmlns:w=\"\(Namespace.w)\" ", options: .anchored)
    }
    return try Self.inserting(added, beforeClosingTagOf: stylesData, part: "word/styles.xml", reference: name)
  }

  /// The reference's numbering definitions and instances kept with their ids, ours added
  /// after them with ids above theirs, in the order CT_Numbering requires.
  func numbering(merging ours: ListNumbering, fonts: FontChoice) throws -> XMLWriter {
    guard let numberingData, let numberingDocument else { return try ours.part(fonts: fonts) }
    let rootTag = try Self.rootStartTag(numberingData, part: "word/numbering.xml", reference: name)
    var xml = XMLWriter(capacity: numberingData.count + 8_192 + ours.count * 700)
    xml.declaration()
    xml.raw(rootTag)
    let children = numberingDocument.root?.children ?? []
    for child in children where child.name == "numPicBullet" || child.name == "abstractNum" { xml.raw(child.xml) }
    try ours.writeDefinitions(into: &xml, fonts: fonts)
    for child in children where child.name == "num" { xml.raw(child.xml) }
    ours.writeInstances(into: &xml)
    for child in children where child.name == "numIdMacAtCleanup" { xml.raw(child.xml) }
    xml.raw("</w:numbering>")
    return xml
  }

  /// The reference's font table with the fonts our styles name added when missing.
  func fontTable(adding fonts: [FontTablePart.Font], fallback: XMLWriter) throws -> XMLWriter {
    guard let fontTableData else { return fallback }
    let existing = Set(
      (try? SafeXMLDocument(fontTableData, name: "word/fontTable.xml"))?.select(
        "/w:fonts/w:font", namespaces: ["w": Namespace.w]
      )
      .compactMap { $0.attribute("name", namespace: Namespace.w) } ?? [])
    var added = XMLWriter(capacity: 512)
    for font in fonts where !existing.contains(font.name) { FontTablePart.write(font, into: &added) }
    let fragment = String(decoding: added.bytes, as: UTF8.self).replacingOccurrences(
      of: "<w:font ", with: "<w:font xmlns:w=\"\(Namespace.w)\" ")
    return try Self.inserting(fragment, beforeClosingTagOf: fontTableData, part: "word/fontTable.xml", reference: name)
  }
}
