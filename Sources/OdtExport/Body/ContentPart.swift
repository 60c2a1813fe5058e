import ExportKit
import Foundation

/// `content.xml`: the body is written in one pass; the automatic styles it needed (the
/// fixed ones of Templates/odt/content-styles.xml and one per table column) go before it.
/// Returns the part and the fingerprint of the text written, section by section.
enum ContentPart {
  static let templatePath = "odt/content-styles.xml"

  static func write(_ document: PrepDocument, options: ExportOptions, look: OdtLook) -> (
    data: Data, fingerprint: [String]
  ) {
    var body = BodyWriter(options: options, look: look, sourceBytes: document.sourceByteCount)
    body.writeDocument(document)

    var head = XMLWriter(capacity: 8_192)
    head.declaration(standalone: false)
    head.raw("<office:document-content")
    head.raw(Namespaces.contentDeclarations)
    head.raw(" office:version=\"1.3\"><office:automatic-styles>")
    let fixed = EmbeddedTemplates.text(templatePath) ?? ""
    let automatic = TemplateFiller.fill(fixed, ["TABLE_WIDTH": StylesPart.centimetres(look.textWidth)])
    var data = Data(
      capacity: head.bytes.count + automatic.count + body.automaticStyles.bytes.count + body.xml.bytes.count + 64)
    data.append(contentsOf: head.bytes)
    data.append(contentsOf: automatic)
    data.append(contentsOf: body.automaticStyles.bytes)
    data.append(contentsOf: Array("</office:automatic-styles><office:body><office:text>".utf8))
    data.append(contentsOf: body.xml.bytes)
    data.append(contentsOf: Array("</office:text></office:body></office:document-content>".utf8))
    return (data, body.fingerprint.sections)
  }
}
