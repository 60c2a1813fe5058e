import ExportKit

/// `docProps/custom.xml`: `Metadata.customProperties` as text properties, then `extra`
/// (prepexport's own: the text fingerprint).
enum CustomProperties {
  static func part(_ metadata: Metadata, extra: [(name: String, value: String)] = []) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.raw(
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    )
    for (offset, entry) in (metadata.customProperties + extra).enumerated() {
      // pid 0 and 1 are reserved; user properties start at 2. The fmtid is the one Office uses.
      xml.raw("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"")
      xml.number(offset + 2)
      xml.raw("\"")
      xml.attribute("name", entry.name)
      xml.raw("><vt:lpwstr>")
      xml.text(entry.value)
      xml.raw("</vt:lpwstr></property>")
    }
    xml.raw("</Properties>")
    return xml
  }
}
