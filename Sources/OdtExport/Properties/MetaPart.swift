import ExportKit
import Foundation

/// `meta.xml`: title, subject (the role line), initial creator (the candidate), creation date
/// from the options (reproducible), generator, language, and the other front-matter keys as
/// user-defined properties: the same properties as the DOCX, then `extra` (prepexport's own:
/// the text fingerprint).
enum MetaPart {
  static func write(_ metadata: Metadata, options: ExportOptions, extra: [(name: String, value: String)] = [])
    -> XMLWriter
  {
    var xml = XMLWriter(capacity: 2_048)
    xml.declaration(standalone: false)
    xml.raw("<office:document-meta")
    xml.attribute("xmlns:office", Namespaces.office)
    xml.attribute("xmlns:meta", Namespaces.meta)
    xml.attribute("xmlns:dc", Namespaces.dc)
    xml.attribute("xmlns:xlink", Namespaces.xlink)
    xml.raw(" office:version=\"1.3\"><office:meta>")
    xml.element("meta:generator", text: options.generator)
    xml.element("dc:title", text: metadata.title)
    if let subject = metadata.roleLine { xml.element("dc:subject", text: subject) }
    if let candidate = metadata.candidate, !candidate.isEmpty {
      xml.element("meta:initial-creator", text: candidate)
      xml.element("dc:creator", text: candidate)
    }
    let date = W3CDate.string(options.creationDate)
    xml.element("meta:creation-date", text: date)
    xml.element("dc:date", text: date)
    xml.element("dc:language", text: metadata.lang.description)
    for (name, value) in metadata.customProperties + extra {
      xml.raw("<meta:user-defined meta:name=\"")
      xml.attributeValue(name)
      xml.raw("\" meta:value-type=\"string\">")
      xml.text(value)
      xml.raw("</meta:user-defined>")
    }
    xml.raw("</office:meta></office:document-meta>")
    return xml
  }
}
