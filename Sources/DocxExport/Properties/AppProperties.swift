import ExportKit

/// `docProps/app.xml`: the generating application, and the company when known.
enum AppProperties {
  static func part(options: ExportOptions, metadata: Metadata) -> XMLWriter {
    var xml = XMLWriter(capacity: 512)
    xml.declaration()
    xml.raw(
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    )
    xml.element("Application", text: options.generator)
    xml.raw("<DocSecurity>0</DocSecurity>")
    if let company = metadata.company, !company.isEmpty { xml.element("Company", text: company) }
    xml.raw("</Properties>")
    return xml
  }
}
