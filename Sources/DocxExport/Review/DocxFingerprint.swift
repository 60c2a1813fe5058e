import ExportKit

/// The fingerprint properties of a DOCX being written (see `FingerprintProperties`).
///
/// Until the format-neutral outline walk hands the writers each section's text, the
/// sections are read back from the body just written, by the same reader that reads the
/// file when it returns: the two agree by construction. `topicIDs` are the model's topics in
/// document order (the headings after them, the appendix's, get no id).
enum DocxFingerprint {
  static func properties(document: [UInt8], styles: [UInt8], topicIDs: [String]) throws -> [(
    name: String, value: String
  )] {
    let styleSheet = DocxStyleSheet(try SafeXMLDocument(styles, name: "word/styles.xml"))
    let parsed = try SafeXMLDocument(document, name: "word/document.xml")
    var walker = DocxBodyWalker(
      styles: styleSheet, lists: DocxListCounter(), comments: DocxComments(), recordedTopicIDs: [], place: .body)
    if let body = parsed.wordRoot?.child("body") { walker.blocks(body) }
    let sections = ReviewAssembler.assemble(
      walker.finish(includeUnanchoredComments: false).paragraphs, customProperties: [:]
    ).sections
    let headings = sections.count - 1
    let ids = Array(topicIDs.prefix(headings)) + Array(repeating: "", count: max(0, headings - topicIDs.count))
    return FingerprintProperties.properties(
      digests: sections.map(\.digest), ids: ids, stamp: BodyStamp(of: document))
  }
}
