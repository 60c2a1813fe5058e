import ExportKit
import Foundation

extension ReferenceDocx {
  /// The reference's styles.xml with our styles that it lacks added at the end. Added styles
  /// point at the reference's ids (basedOn, next, link); ours stays a default style only
  /// where the reference has no default of that type; and unless the user chose fonts, only
  /// the monospace ones name a font, so that the reference's fonts apply.
  func styles(adding fonts: FontChoice, lang: LanguageTag, keepFonts: Bool) throws -> XMLWriter {
    let ours = try StylesPart.tree(fonts: fonts, lang: lang)
    let oursIndex = ReferenceStyleIndex(ours)
    // Our id → the reference's id for the same style, for every style the reference has.
    var resolved: [String: String] = [:]
    for entry in oursIndex.entries { resolved[entry.id] = styleIndex.resolve(entry) }
    // Where our links (basedOn, next, link) point: the reference's style, or ours under the id
    // it is added with.
    let target = resolved.merging(renamed) { theirs, _ in theirs }
    let links: Set<XMLCopier.Name> = Set(["basedOn", "next", "link"].map { XMLCopier.Name(Namespace.w, $0) })
    let fontsName = XMLCopier.Name(Namespace.w, "rFonts")
    var added: [XMLCopier.Content] = []
    for var style in ours.elements where style.name == ReferenceStyleIndex.style {
      guard let ownID = style.attribute(ReferenceStyleIndex.styleID), resolved[ownID] == nil else { continue }
      let id = renamed[ownID] ?? ownID
      guard !styleIndex.ids.contains(id) else { continue }
      style.set(ReferenceStyleIndex.styleID, id)
      // Our default style stays the default only where the reference has none of its type.
      if styleIndex.defaultTypes.contains(style.attribute(ReferenceStyleIndex.type) ?? "paragraph") {
        style.remove { $0.name == ReferenceStyleIndex.isDefault }
      }
      if !keepFonts && ownID != StyleID.sourceCode.rawValue && ownID != StyleID.verbatimChar.rawValue {
        style.prune(elements: { $0.name == fontsName })
      }
      style.edit { element in
        guard links.contains(element.name), let own = element.attribute(ReferenceStyleIndex.value),
          let theirs = target[own]
        else { return }
        element.set(ReferenceStyleIndex.value, theirs)
      }
      added.append(.element(style))
    }
    return self.styles.write(appending: added)
  }

  /// The reference's numbering definitions and instances kept with their ids, ours added
  /// after them with ids above theirs, in the order CT_Numbering requires.
  func numbering(merging ours: ListNumbering, fonts: FontChoice) throws -> XMLWriter {
    guard var numbering else { return try ours.part(fonts: fonts) }
    let definitions = try XMLFragment(capacity: 8_192) { try ours.writeDefinitions(into: &$0, fonts: fonts) }
    let instances = XMLFragment(capacity: ours.count * 700) { ours.writeInstances(into: &$0) }
    let abstractNum = XMLCopier.Name(Namespace.w, "abstractNum")
    let num = XMLCopier.Name(Namespace.w, "num")
    func isElement(_ content: XMLCopier.Content, _ name: XMLCopier.Name) -> Bool {
      if case .element(let e) = content { return e.name == name }
      return false
    }
    // The schema's order: numPicBullet, abstractNum, num, numIdMacAtCleanup.
    var children = numbering.root.children
    let afterDefinitions = (children.lastIndex { isElement($0, abstractNum) } ?? -1) + 1
    children.insert(.fragment(definitions), at: afterDefinitions)
    let afterInstances = (children.lastIndex { isElement($0, num) } ?? afterDefinitions) + 1
    children.insert(.fragment(instances), at: afterInstances)
    numbering.root.children = children
    return numbering.write()
  }

  /// The reference's font table with the fonts our styles name added when missing.
  func fontTable(adding fonts: [FontTablePart.Font], fallback: XMLWriter) -> XMLWriter {
    guard let fontTable else { return fallback }
    let name = XMLCopier.Name(Namespace.w, "name")
    let existing = Set(fontTable.root.elements.compactMap { $0.attribute(name) })
    let added = XMLFragment(capacity: 512) { xml in
      for font in fonts where !existing.contains(font.name) { FontTablePart.write(font, into: &xml) }
    }
    return fontTable.write(appending: [.fragment(added)])
  }

  /// The reference's theme, as the schema allows it.
  var themePart: XMLWriter? {
    theme.map { $0.write(declaring: []) }
  }
}
