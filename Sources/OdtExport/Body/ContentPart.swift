import DocumentOutline
import ExportKit
import Foundation

/// `content.xml`: the body is written in one pass; the automatic styles it needed (the fixed
/// ones of Templates/odt/content-styles.xml and one per table column) go before it. The part is
/// handed to the packager in pieces, so that a large body is never copied.
enum ContentPart {
  /// The part's pieces, and the fingerprint of the text written (section digests and heading
  /// ids, `FingerprintProperties`).
  static func write(_ document: PrepDocument, plan: DocumentPlan, look: OdtLook) throws -> (
    pieces: [ZipPackager.Piece], fingerprint: [String], headingIDs: [String]
  ) {
    var walk = OutlineWalk(document, plan: plan, renderer: OdtBody(look: look, sourceBytes: document.sourceByteCount))
    walk.run()
    let body = walk.renderer
    if let error = body.spillError { throw error }

    var head = XMLWriter(capacity: 8_192)
    head.declaration(standalone: false)
    head.raw("<office:document-content")
    for (prefix, uri) in Namespaces.contentDeclarations { head.attribute(prefix, uri) }
    head.raw(" office:version=\"1.3\"><office:automatic-styles>")
    var automatic = XMLWriter(capacity: 4_096)
    try OdtTemplates.contentStyles.get().write(
      into: &automatic, ["TABLE_WIDTH": .text(StylesPart.centimetres(look.textWidth))])
    var middle = XMLWriter(capacity: body.automaticStyles.bytes.count + 128)
    middle.append(body.automaticStyles.fragment)
    middle.raw("</office:automatic-styles><office:body><office:text>")
    var tail = XMLWriter(capacity: 64)
    tail.raw("</office:text></office:body></office:document-content>")
    let pieces =
      [.bytes(head.bytes), .bytes(automatic.bytes), .bytes(middle.bytes)] + ZipPackager.pieces(of: body.xml)
      + [.bytes(tail.bytes)]
    return (pieces, walk.fingerprint.sections, walk.headingIDs)
  }
}
