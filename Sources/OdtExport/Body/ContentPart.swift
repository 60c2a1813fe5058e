import ExportKit
import Foundation

/// `content.xml`: the body is written in one pass; the automatic styles it needed (the
/// fixed ones of Templates/odt/content-styles.xml and one per table column) go before it.
enum ContentPart {
  static func write(_ document: PrepDocument, options: ExportOptions, look: OdtLook) throws -> Data {
    var body = BodyWriter(options: options, look: look, sourceBytes: document.sourceByteCount)
    body.writeDocument(document)

    var head = XMLWriter(capacity: 8_192)
    head.declaration(standalone: false)
    head.raw("<office:document-content")
    for (prefix, uri) in Namespaces.contentDeclarations { head.attribute(prefix, uri) }
    head.raw(" office:version=\"1.3\"><office:automatic-styles>")
    var automatic = XMLWriter(capacity: 4_096)
    try OdtTemplates.contentStyles.get().write(
      into: &automatic, ["TABLE_WIDTH": .text(StylesPart.centimetres(look.textWidth))])
    var data = Data(
      capacity: head.bytes.count + automatic.bytes.count + body.automaticStyles.bytes.count + body.xml.bytes.count + 64)
    data.append(contentsOf: head.bytes)
    data.append(contentsOf: automatic.bytes)
    data.append(contentsOf: body.automaticStyles.bytes)
    data.append(contentsOf: Array("</office:automatic-styles><office:body><office:text>".utf8))
    data.append(contentsOf: body.xml.bytes)
    data.append(contentsOf: Array("</office:text></office:body></office:document-content>".utf8))
    return data
  }
}
