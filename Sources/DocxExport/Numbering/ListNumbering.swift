import ExportKit

/// Word numbering for the document's lists: one abstract definition per list kind (ordered,
/// bullet) from Templates/docx/numbering.xml, and one `w:num` instance per list that restarts
/// every level (`startOverride`), so that each list and each nested list counts from its own
/// start. Ids start above a reference document's own, whose definitions are kept.
struct ListNumbering {
  /// The deepest list level Word knows (0…8).
  static let maximumLevel = 8

  private struct Instance {
    var ordered: Bool
    var level: Int
    var start: Int
  }

  let orderedAbstractID: Int
  let bulletAbstractID: Int
  private let firstNumID: Int
  private var instances: [Instance] = []

  /// `abstractBase` and `numBase`: the first free ids.
  init(abstractBase: Int = 1, numBase: Int = 1) {
    orderedAbstractID = abstractBase
    bulletAbstractID = abstractBase + 1
    firstNumID = numBase
  }

  /// A new instance for a list shown at `level`, whose first number is `start`; its numId.
  mutating func newList(ordered: Bool, level: Int, start: Int) -> Int {
    instances.append(Instance(ordered: ordered, level: min(max(level, 0), Self.maximumLevel), start: max(start, 0)))
    return firstNumID + instances.count - 1
  }

  /// The number of list instances so far.
  var count: Int { instances.count }

  /// The abstract definitions (from the template), filled with ids and the Latin font.
  func writeDefinitions(into xml: inout XMLWriter, fonts: FontChoice) throws {
    try DocxTemplates.numbering.get().write(
      into: &xml,
      [
        "ordered": .text(String(orderedAbstractID)), "bullet": .text(String(bulletAbstractID)),
        "latin": .text(fonts.latin), "orderedNsid": .text(Self.nsid(orderedAbstractID)),
        "bulletNsid": .text(Self.nsid(bulletAbstractID)),
      ])
  }

  /// A list definition's identifier: 8 hex digits (pandoc writes 2–3, which the schema
  /// refuses), different for each definition so that Word never takes two for one.
  static func nsid(_ abstractID: Int) -> String {
    let hex = String(UInt32(truncatingIfNeeded: 0x5A0C_1E00 &+ abstractID), radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 8 - hex.count)) + hex
  }

  /// The `w:num` instances. Each list has one of its own and uses one level of it (a nested
  /// list has another instance), so overriding that level's start is enough to make it count
  /// from its own start.
  func writeInstances(into xml: inout XMLWriter) {
    for (offset, instance) in instances.enumerated() {
      xml.raw("<w:num w:numId=\"")
      xml.number(firstNumID + offset)
      xml.raw("\"><w:abstractNumId w:val=\"")
      xml.number(instance.ordered ? orderedAbstractID : bulletAbstractID)
      xml.raw("\"/><w:lvlOverride w:ilvl=\"")
      xml.number(instance.level)
      xml.raw("\"><w:startOverride w:val=\"")
      xml.number(instance.start)
      xml.raw("\"/></w:lvlOverride></w:num>")
      if offset % 1_024 == 1_023 { try? xml.spillIfLarge() }
    }
  }

  /// numbering.xml on its own (no reference document).
  func part(fonts: FontChoice) throws -> XMLWriter {
    var xml = instances.count > 2_000 ? XMLWriter(spooling: true) : XMLWriter(capacity: 8_192 + instances.count * 200)
    xml.declaration()
    xml.raw("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
    try writeDefinitions(into: &xml, fonts: fonts)
    writeInstances(into: &xml)
    xml.raw("</w:numbering>")
    return xml
  }
}
