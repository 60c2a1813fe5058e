import ExportKit
import Foundation

/// Reads everything a reviewer left in a DOCX: comments with their replies and resolved
/// state, tracked changes in the body and in headers and footers, text typed into the
/// mentor-notes boxes, and the body's text for comparison with what prepexport recorded.
enum DocxReviewReader {
  static func read(_ archive: SafeArchive, name: String) throws -> ReviewedDocument {
    let parts = try DocxPartMap(archive, name: name)
    func parse(_ path: String?) throws -> SafeXMLDocument? {
      guard let path, let data = archive[path] else { return nil }
      return try SafeXMLDocument(data, name: "\(name) (\(path))")
    }
    let properties = try archive["docProps/custom.xml"].map { try customProperties($0, name: name) } ?? [:]
    let recorded = RecordedFingerprint(properties: properties)
    let styles = DocxStyleSheet(try parse(parts.styles))
    let comments = DocxComments(
      comments: try parse(parts.comments), extended: try parse(parts.commentsExtended),
      ids: try parse(parts.commentsIDs), extensible: try parse(parts.commentsExtensible))
    guard let body = archive[parts.document] else {
      throw ExportError.notReviewable(name, reason: "it has no document body (\(parts.document))")
    }
    var walker = DocxBodyWalker(
      styles: styles, lists: DocxListCounter(try parse(parts.numbering)), comments: comments,
      recordedTopicIDs: recorded?.topicIDs ?? [], place: .body)
    // The body is streamed, a block at a time: it may hold millions of nodes.
    try SafeXMLStream(body, name: "\(name) (\(parts.document))").forEach([["document", "body", "*"]]) { _, block in
      walker.node(WElement(node: block, strict: block.isIn(WordML.strict)))
    }
    let (paragraphs, loose) = walker.finish(includeUnanchoredComments: true)

    var headerFooterItems = loose
    for (paths, place) in [(parts.headers, FeedbackItem.Place.header), (parts.footers, .footer)] {
      for path in paths {
        guard let part = try parse(path)?.wordRoot else { continue }
        var side = DocxBodyWalker(
          styles: styles, lists: DocxListCounter(), comments: DocxComments(), recordedTopicIDs: [], place: place)
        side.blocks(part)
        headerFooterItems += side.finish(includeUnanchoredComments: false).loose
      }
    }
    return ReviewAssembler.assemble(paragraphs, headerFooterItems: headerFooterItems, customProperties: properties)
  }

  /// `docProps/custom.xml`: each property's name and its text value.
  static func customProperties(_ data: Data, name: String) throws -> [String: String] {
    let document = try SafeXMLDocument(data, name: "\(name) (docProps/custom.xml)")
    var out: [String: String] = [:]
    for property in document.root?.children ?? [] where property.hasName("property") {
      guard let key = property.attribute("name") else { continue }
      out[key] = property.children.first?.text ?? ""
    }
    return out
  }
}
