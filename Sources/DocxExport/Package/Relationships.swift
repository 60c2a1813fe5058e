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
    xml.raw("<Relationships xmlns=\"\(Namespace.packageRelationships)\">")
    xml.raw(
      "<Relationship Id=\"rId1\" Type=\"\(Namespace.relationshipType)officeDocument\" Target=\"word/document.xml\"/>")
    xml.raw(
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    )
    xml.raw(
      "<Relationship Id=\"rId3\" Type=\"\(Namespace.relationshipType)extended-properties\" Target=\"docProps/app.xml\"/>"
    )
    xml.raw(
      "<Relationship Id=\"rId4\" Type=\"\(Namespace.relationshipType)custom-properties\" Target=\"docProps/custom.xml\"/>"
    )
    xml.raw("</Relationships>")
    return xml
  }

  /// `word/_rels/document.xml.rels`: the fixed parts, the theme when there is one, and
  /// every external hyperlink.
  static func document(hyperlinks: Hyperlinks, hasTheme: Bool) -> XMLWriter {
    var xml = XMLWriter(capacity: 2_048 + hyperlinks.targets.count * 160)
    xml.declaration()
    xml.raw("<Relationships xmlns=\"\(Namespace.packageRelationships)\">")
    var fixed: [(String, String, String)] = [
      (styles, "styles", "styles.xml"), (numbering, "numbering", "numbering.xml"),
      (settings, "settings", "settings.xml"), (fontTable, "fontTable", "fontTable.xml"),
      (header, "header", "header1.xml"), (footer, "footer", "footer1.xml"),
    ]
    if hasTheme { fixed.append((theme, "theme", "theme/theme1.xml")) }
    for (id, type, target) in fixed {
      xml.raw("<Relationship Id=\"\(id)\" Type=\"\(Namespace.relationshipType)\(type)\" Target=\"\(target)\"/>")
    }
    for link in hyperlinks.targets {
      xml.raw("<Relationship Id=\"")
      xml.raw(link.id)
      xml.raw("\" Type=\"\(Namespace.relationshipType)hyperlink\" Target=\"")
      xml.attributeValue(link.target)
      xml.raw("\" TargetMode=\"External\"/>")
    }
    xml.raw("</Relationships>")
    return xml
  }
}
