import DocumentOutline
import ExportKit
import Foundation

/// `content.xml`: the body is written in one pass; the automatic styles it needed (the fixed
/// ones of Templates/odt/content-styles.xml and one per table column) go before it. The part is
/// handed to the packager in pieces, so that a large body is never copied.
enum ContentPart {
  static let templatePath = "odt/content-styles.xml"

  static func write(_ document: PrepDocument, plan: DocumentPlan, look: OdtLook) throws -> [ZipPackager.Piece] {
    var walk = OutlineWalk(document, plan: plan, renderer: OdtBody(look: look, sourceBytes: document.sourceByteCount))
    walk.run()
    let body = walk.renderer
    if let error = body.spillError { throw error }

    var head = XMLWriter(capacity: 8_192)
    head.declaration(standalone: false)
    head.raw("<office:document-content")
    head.raw(Namespaces.contentDeclarations)
    head.raw(" office:version=\"1.3\"><office:automatic-styles>")
    let fixed = EmbeddedTemplates.text(templatePath) ?? ""
    let automatic = TemplateFiller.fill(fixed, ["TABLE_WIDTH": StylesPart.centimetres(look.textWidth)])
    var middle = XMLWriter(capacity: automatic.count + body.automaticStyles.bytes.count + 128)
    middle.append(body.automaticStyles.fragment)
    middle.raw("</office:automatic-styles><office:body><office:text>")
    var tail = XMLWriter(capacity: 64)
    tail.raw("</office:text></office:body></office:document-content>")
    return [.bytes(head.bytes), .bytes(automatic), .bytes(middle.bytes)] + ZipPackager.pieces(of: body.xml)
      + [.bytes(tail.bytes)]
  }
}
