import ExportKit

/// `[Content_Types].xml`: defaults for relationships and XML, an override for every part.
enum ContentTypes {
  private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml."

  static func part(hasTheme: Bool) -> XMLWriter {
    var xml = XMLWriter(capacity: 2_048)
    xml.declaration()
    xml.raw("<Types")
    xml.attribute("xmlns", Namespace.contentTypes)
    xml.raw(">")
    xml.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
    xml.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
    var overrides: [(String, String)] = [
      ("/word/document.xml", wordprocessing + "document.main+xml"),
      ("/word/styles.xml", wordprocessing + "styles+xml"),
      ("/word/numbering.xml", wordprocessing + "numbering+xml"),
      ("/word/settings.xml", wordprocessing + "settings+xml"),
      ("/word/fontTable.xml", wordprocessing + "fontTable+xml"),
      ("/word/header1.xml", wordprocessing + "header+xml"),
      ("/word/footer1.xml", wordprocessing + "footer+xml"),
      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
      ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
      ("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"),
    ]
    if hasTheme {
      overrides.append(("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"))
    }
    for (part, type) in overrides {
      xml.raw("<Override")
      xml.attribute("PartName", part)
      xml.attribute("ContentType", type)
      xml.raw("/>")
    }
    xml.raw("</Types>")
    return xml
  }
}
