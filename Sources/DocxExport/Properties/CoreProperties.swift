import ExportKit
import Foundation

/// `docProps/core.xml`: title, subject (the role line), creator (the candidate), language,
/// and the creation time from the options (so that reproducible builds stay reproducible).
enum CoreProperties {
  static func part(_ metadata: Metadata, options: ExportOptions) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.raw(
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    )
    xml.element("dc:title", text: metadata.title)
    if let subject = metadata.roleLine { xml.element("dc:subject", text: subject) }
    let author = metadata.candidate ?? ""
    if !author.isEmpty { xml.element("dc:creator", text: author) }
    xml.element("dc:language", text: metadata.lang.description)
    xml.element("cp:lastModifiedBy", text: author.isEmpty ? options.generator : author)
    let date = W3CDate.string(options.creationDate)
    for name: StaticString in ["dcterms:created", "dcterms:modified"] {
      xml.open(name, ["xsi:type": "dcterms:W3CDTF"])
      xml.text(date)
      xml.close(name)
    }
    xml.raw("</cp:coreProperties>")
    return xml
  }
}
