import ExportKit
import Foundation

/// The parts of a DOCX package, packed in a fixed order (content types first, as Word and
/// most readers expect) with one entry date, so that two exports of the same input with the
/// same date are byte-identical.
struct DocxParts {
  var document = XMLWriter(capacity: 0)
  var hyperlinks = Hyperlinks()
  var styles = XMLWriter(capacity: 0)
  var numbering = XMLWriter(capacity: 0)
  var settings = XMLWriter(capacity: 0)
  var fontTable = XMLWriter(capacity: 0)
  var header = XMLWriter(capacity: 0)
  var footer = XMLWriter(capacity: 0)
  var core = XMLWriter(capacity: 0)
  var app = XMLWriter(capacity: 0)
  /// The custom properties, made once the body is packed: they record its checksum.
  var custom: (BodyStamp?) -> XMLWriter = { _ in XMLWriter(capacity: 0) }
  /// A reference document's theme, as far as the schema allows it.
  var theme: XMLWriter?

  func archive(date: Date) throws -> Data {
    var zip = ZipPackager(date: date)
    zip.add("[Content_Types].xml", ContentTypes.part(hasTheme: theme != nil))
    zip.add("_rels/.rels", Relationships.package())
    zip.add("word/document.xml", document)
    zip.add("word/_rels/document.xml.rels", Relationships.document(hyperlinks: hyperlinks, hasTheme: theme != nil))
    zip.add("word/styles.xml", styles)
    zip.add("word/numbering.xml", numbering)
    zip.add("word/settings.xml", settings)
    zip.add("word/fontTable.xml", fontTable)
    zip.add("word/header1.xml", header)
    zip.add("word/footer1.xml", footer)
    if let theme { zip.add("word/theme/theme1.xml", theme) }
    zip.add("docProps/core.xml", core)
    zip.add("docProps/app.xml", app)
    let custom = self.custom
    zip.add("docProps/custom.xml") { packed in
      let body = packed("word/document.xml").map { BodyStamp(crc32: $0.crc32, size: $0.size) }
      return ZipPackager.pieces(of: custom(body))
    }
    return try zip.archive()
  }
}
