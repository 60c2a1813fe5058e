import ExportKit
import Foundation

/// The fingerprint properties of an ODT being written (see `FingerprintProperties`).
///
/// Until the format-neutral outline walk hands the writers each section's text, the
/// sections are read back from the content just written, by the same reader that reads the
/// file when it returns: the two agree by construction. `topicIDs` are the model's topics in
/// document order (the headings after them, the appendix's, get no id).
enum OdtFingerprint {
  static func properties(content: Data, styles: Data, topicIDs: [String]) throws -> [(name: String, value: String)] {
    let parsedContent = try SafeXMLDocument(content, name: "content.xml")
    let styleSheet = OdtStyleSheet([try SafeXMLDocument(styles, name: "styles.xml"), parsedContent])
    var walker = OdtBodyWalker(
      styles: styleSheet, changes: OdtTrackedChanges([]), recordedTopicIDs: [], place: .body)
    if let body = parsedContent.root?.child("body", in: ODF.office)?.child("text", in: ODF.office) {
      walker.blocks(body)
    }
    let sections = ReviewAssembler.assemble(walker.finish().paragraphs, customProperties: [:]).sections
    let headings = sections.count - 1
    let ids = Array(topicIDs.prefix(headings)) + Array(repeating: "", count: max(0, headings - topicIDs.count))
    return FingerprintProperties.properties(
      digests: sections.map(\.digest), ids: ids, stamp: BodyStamp(of: content))
  }
}
