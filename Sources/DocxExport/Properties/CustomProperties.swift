import ExportKit

/// `docProps/custom.xml`: the front-matter keys that have no core property (subtitle,
/// candidate, role, company, date, mentor, lang) and every unknown key, as text properties
/// in front-matter order.
enum CustomProperties {
  /// The properties to write, each name once (the first wins).
  static func entries(_ metadata: Metadata) -> [(name: String, value: String)] {
    let known: [(String, String?)] = [
      ("subtitle", metadata.subtitle), ("candidate", metadata.candidate), ("role", metadata.role),
      ("company", metadata.company), ("date", metadata.date), ("mentor", metadata.mentor),
      ("lang", metadata.lang.description),
    ]
    var seen = Set<String>()
    var out: [(String, String)] = []
    for (name, value) in known + metadata.custom.map({ ($0.key, Optional($0.value)) }) {
      guard let value, !name.isEmpty, seen.insert(name.lowercased()).inserted else { continue }
      out.append((name, value))
    }
    return out
  }

  static func part(_ metadata: Metadata) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.markup(
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    )
    for (offset, entry) in entries(metadata).enumerated() {
      // pid 0 and 1 are reserved; user properties start at 2. The fmtid is the one Office uses.
      xml.raw("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"\(offset + 2)\" name=\"")
      xml.attributeValue(entry.name)
      xml.markup("\"><vt:lpwstr>")
      xml.text(entry.value)
      xml.markup("</vt:lpwstr></property>")
    }
    xml.markup("</Properties>")
    return xml
  }
}
