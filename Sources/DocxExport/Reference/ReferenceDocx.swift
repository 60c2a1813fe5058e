import ExportKit
import Foundation

/// A user's reference .docx (`--reference-doc`), read as untrusted input: through
/// `SafeArchive` (entry count, size and ratio limits; paths never touch the file system)
/// and `SafeXMLDocument` (no DTD, no entities, no network). From it the export takes the
/// styles (with their document defaults and fonts), the theme, the font table, the page
/// size and margins, and the numbering definitions; our styles that it lacks are added.
///
/// Each part is copied by structure and kept only as far as the OOXML schema allows
/// (`ReferencePart`, `WordSchema`); what is left out is listed in `warnings`.
struct ReferenceDocx {
  let name: String
  let styles: ReferencePart
  let styleIndex: ReferenceStyleIndex
  /// The style ids our body writes, resolved against the reference.
  let styleMap: StyleMap
  /// Our styles the reference lacks whose id it uses for a style of another type (a
  /// character style called `Label`): the free id ours are added under.
  let renamed: [String: String]
  let numbering: ReferencePart?
  let firstFreeAbstractID: Int
  let firstFreeNumID: Int
  let theme: ReferencePart?
  let fontTable: ReferencePart?
  let page: PageSetup?
  /// What was left out of the reference, for the user.
  let warnings: [ExportWarning]

  /// The largest numbering id kept: Word reads ids as 32-bit numbers, and ours count on above.
  static let largestNumberingID = 1 << 30

  init(_ reference: ReferenceDocument) throws {
    name = reference.name
    let archive = try SafeArchive(reference.bytes, name: reference.name)
    guard let documentData = archive["word/document.xml"] else {
      throw ExportError.referenceDocument(
        reference.name,
        reason: "it is not a Word document (no word/document.xml); an .odt reference works with `prepexport odt`")
    }
    guard let stylesData = archive["word/styles.xml"] else {
      throw ExportError.referenceDocument(reference.name, reason: "it has no styles (word/styles.xml)")
    }
    var leftOut: [String] = []
    guard
      let styles = try ReferencePart.read(
        stylesData, path: "word/styles.xml", reference: name, root: "styles", namespace: Namespace.w,
        leftOut: &leftOut)
    else {
      throw ExportError.referenceDocument(reference.name, reason: "nothing of its word/styles.xml is valid")
    }
    self.styles = styles
    styleIndex = ReferenceStyleIndex(styles.root)
    let ours = try ReferenceStyleIndex.ours()
    let index = styleIndex
    var renamed: [String: String] = [:]
    for entry in ours.entries where index.resolve(entry) == nil && index.ids.contains(entry.id) {
      var number = 2
      while index.ids.contains("\(entry.id)\(number)") || ours.ids.contains("\(entry.id)\(number)") { number += 1 }
      renamed[entry.id] = "\(entry.id)\(number)"
    }
    self.renamed = renamed
    styleMap = StyleMap { style in index.resolve(style, ours: ours) ?? renamed[style.rawValue] }

    var numbering = try archive["word/numbering.xml"].flatMap {
      try ReferencePart.read(
        $0, path: "word/numbering.xml", reference: reference.name, root: "numbering", namespace: Namespace.w,
        leftOut: &leftOut, prepare: Self.keepOneOverridePerLevel)
    }
    // Picture bullets need their pictures, which are other files of the reference.
    let pictures = numbering?.root.prune(elements: {
      $0.name == XMLCopier.Name(Namespace.w, "numPicBullet") || $0.name == XMLCopier.Name(Namespace.w, "lvlPicBulletId")
    })
    if let pictures, pictures > 0 {
      leftOut.append(
        "word/numbering.xml: picture bullets, whose pictures are not copied (ordinary bullets show instead)")
    }
    var ids = (abstract: 0, num: 0)
    if numbering != nil { ids = Self.keepNumberingIDs(&numbering!.root, leftOut: &leftOut) }
    self.numbering = numbering
    firstFreeAbstractID = ids.abstract + 1
    firstFreeNumID = ids.num + 1

    theme = try archive["word/theme/theme1.xml"].flatMap {
      try ReferencePart.read(
        $0, path: "word/theme/theme1.xml", reference: reference.name, root: "theme", namespace: Namespace.drawingML,
        extensions: .whereSchemaAllows, leftOut: &leftOut)
    }
    fontTable = try archive["word/fontTable.xml"].flatMap {
      try ReferencePart.read(
        $0, path: "word/fontTable.xml", reference: reference.name, root: "fonts", namespace: Namespace.w,
        leftOut: &leftOut)
    }
    let document = try SafeXMLDocument(documentData, name: "\(reference.name) (word/document.xml)")
    guard let root = document.root, root.name == "document", root.namespace == Namespace.w else {
      throw ExportError.referenceDocument(
        reference.name, reason: "word/document.xml is not a WordprocessingML document")
    }
    page = ReferencePage.read(document, leftOut: &leftOut)
    warnings = ExportWarning.leftOut(leftOut, from: reference.name)
  }

  /// LibreOffice writes each level's override twice (once with its definition, once empty),
  /// which makes more than the nine the schema allows: the first override of a level is the
  /// one that counts, so the others go (said so only when they held anything).
  static func keepOneOverridePerLevel(_ root: inout XMLCopier.Element, leftOut: inout [String]) {
    let num = XMLCopier.Name(Namespace.w, "num")
    let lvlOverride = XMLCopier.Name(Namespace.w, "lvlOverride")
    let ilvl = XMLCopier.Name(Namespace.w, "ilvl")
    for index in root.children.indices {
      guard case .element(var instance) = root.children[index], instance.name == num else { continue }
      var seen = Set<String>()
      let id = instance.attribute(XMLCopier.Name(Namespace.w, "numId")) ?? ""
      instance.children.removeAll { child in
        guard case .element(let override) = child, override.name == lvlOverride else { return false }
        let level = override.attribute(ilvl) ?? ""
        if seen.insert(level).inserted { return false }
        if !override.elements.isEmpty {
          leftOut.append(
            "word/numbering.xml w:num[@w:numId='\(id)']: a second override of level \(level)"
          )
        }
        return true
      }
      root.children[index] = .element(instance)
    }
  }

  /// Leaves out the numbering definitions and instances whose ids Word could not hold (and the
  /// instances of definitions left out); returns the largest ids kept.
  static func keepNumberingIDs(_ root: inout XMLCopier.Element, leftOut: inout [String]) -> (abstract: Int, num: Int) {
    let abstractNum = XMLCopier.Name(Namespace.w, "abstractNum")
    let abstractNumID = XMLCopier.Name(Namespace.w, "abstractNumId")
    let num = XMLCopier.Name(Namespace.w, "num")
    let numID = XMLCopier.Name(Namespace.w, "numId")
    let value = XMLCopier.Name(Namespace.w, "val")
    func id(_ text: String?) -> Int? {
      text.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap {
        (0...largestNumberingID).contains($0) ? $0 : nil
      }
    }
    var abstractIDs = Set<Int>()
    var numIDs = Set<Int>()
    root.children.removeAll { child in
      guard case .element(let element) = child else { return false }
      if element.name == abstractNum {
        guard let kept = id(element.attribute(abstractNumID)) else {
          leftOut.append(
            "word/numbering.xml w:abstractNum[@w:abstractNumId='\(element.attribute(abstractNumID) ?? "")']: an id beyond \(largestNumberingID)"
          )
          return true
        }
        abstractIDs.insert(kept)
      } else if element.name == num {
        let target = element.elements.first { $0.name == abstractNumID }?.attribute(value)
        guard let kept = id(element.attribute(numID)), let definition = id(target), abstractIDs.contains(definition)
        else {
          leftOut.append(
            "word/numbering.xml w:num[@w:numId='\(element.attribute(numID) ?? "")']: an id beyond \(largestNumberingID), or a definition that is not kept"
          )
          return true
        }
        numIDs.insert(kept)
      }
      return false
    }
    return (abstractIDs.max() ?? 0, numIDs.max() ?? 0)
  }
}
