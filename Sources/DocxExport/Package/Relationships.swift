import ExportKit

/// Relationship parts: the package's `_rels/.rels` and `word/_rels/document.xml.rels`.
enum Relationships {
  /// Ids of the document's fixed relationships.
  static let styles = "rId1"
  static let numbering = "rId2"
  static let settings = "rId3"
  static let fontTable = "rId4"
  static let header = "rId5"
  static let footer = "rId6"
  static let theme = "rId7"

  /// `_rels/.rels`: the main document and the three property parts.
  static func package() -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    open(&xml)
    relationship("rId1", Namespace.relationshipType + "officeDocument", "word/document.xml", into: &xml)
    relationship(
      "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml", into: &xml)
    relationship("rId3", Namespace.relationshipType + "extended-properties", "docProps/app.xml", into: &xml)
    relationship("rId4", Namespace.relationshipType + "custom-properties", "docProps/custom.xml", into: &xml)
    xml.raw("</Relationships>")
    return xml
  }

  /// `word/_rels/document.xml.rels`: the fixed parts, the theme when there is one, and
  /// every external hyperlink.
  static func document(hyperlinks: Hyperlinks, hasTheme: Bool) -> XMLWriter {
    var xml = XMLWriter(capacity: 2_048 + hyperlinks.targets.count * 160)
    xml.declaration()
    open(&xml)
    var fixed: [(String, String, String)] = [
      (styles, "styles", "styles.xml"), (numbering, "numbering", "numbering.xml"),
      (settings, "settings", "settings.xml"), (fontTable, "fontTable", "fontTable.xml"),
      (header, "header", "header1.xml"), (footer, "footer", "footer1.xml"),
    ]
    if hasTheme { fixed.append((theme, "theme", "theme/theme1.xml")) }
    for (id, type, target) in fixed { relationship(id, Namespace.relationshipType + type, target, into: &xml) }
    for link in hyperlinks.targets {
      relationship(link.id, Namespace.relationshipType + "hyperlink", link.target, external: true, into: &xml)
    }
    xml.raw("</Relationships>")
    return xml
  }

  private static func open(_ xml: inout XMLWriter) {
    xml.raw("<Relationships")
    xml.attribute("xmlns", Namespace.packageRelationships)
    xml.raw(">")
  }

  private static func relationship(
    _ id: String, _ type: String, _ target: String, external: Bool = false, into xml: inout XMLWriter
  ) {
    xml.raw("<Relationship")
    xml.attribute("Id", id)
    xml.attribute("Type", type)
    xml.attribute("Target", target)
    if external { xml.raw(" TargetMode=\"External\"") }
    xml.raw("/>")
  }
}
