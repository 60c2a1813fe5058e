import ExportKit
import Foundation

/// Reads everything a reviewer left in an ODT: annotations with their replies and resolved
/// state, tracked changes in the body and in the master pages' headers and footers, text
/// typed into the mentor-notes boxes, and the body's text for comparison with what
/// prepexport recorded.
enum OdtReviewReader {
  static func read(_ archive: SafeArchive, name: String) throws -> ReviewedDocument {
    func parse(_ path: String) throws -> SafeXMLDocument? {
      guard let data = archive[path] else { return nil }
      return try SafeXMLDocument(data, name: "\(name) (\(path))")
    }
    let properties = try archive["meta.xml"].map { try userDefined($0, name: name) } ?? [:]
    let recorded = RecordedFingerprint(properties: properties)
    guard let content = archive["content.xml"] else {
      throw ExportError.notReviewable(name, reason: "it has no text document body (content.xml)")
    }
    let stylesPart = try parse("styles.xml")
    var styles = OdtStyleSheet([stylesPart])
    var changes = OdtTrackedChanges([])
    var walker: OdtBodyWalker?
    // The body is streamed, a block at a time: it may hold millions of nodes. The automatic
    // styles come before it, and the tracked changes first in it.
    let paths = [["document-content", "automatic-styles"], ["document-content", "body", "text", "*"]]
    try SafeXMLStream(content, name: "\(name) (content.xml)").forEach(paths) { path, element in
      if path == 0 {
        styles.read(section: element)
      } else if element.is("tracked-changes", in: ODF.text) {
        changes = OdtTrackedChanges([element])
      } else {
        if walker == nil {
          walker = OdtBodyWalker(
            styles: styles, changes: changes, recordedTopicIDs: recorded?.topicIDs ?? [], place: .body)
        }
        walker!.block(element)
      }
    }
    let (paragraphs, loose) =
      walker?.finish() ?? ([], [])

    var headerFooterItems = loose
    let masterStyles = stylesPart?.root?.child("master-styles", in: ODF.office)
    for page in masterStyles?.children ?? [] {
      for part in page.elements where part.isIn(ODF.style) {
        let isHeader = part.hasName("header") || part.hasName("header-left") || part.hasName("header-first")
        let isFooter = part.hasName("footer") || part.hasName("footer-left") || part.hasName("footer-first")
        guard isHeader || isFooter else { continue }
        var side = OdtBodyWalker(
          styles: styles, changes: changes, recordedTopicIDs: [], place: isHeader ? .header : .footer)
        side.blocks(part)
        headerFooterItems += side.finish().loose
      }
    }
    return ReviewAssembler.assemble(paragraphs, headerFooterItems: headerFooterItems, customProperties: properties)
  }

  /// `meta.xml`'s `meta:user-defined` properties.
  static func userDefined(_ data: Data, name: String) throws -> [String: String] {
    let document = try SafeXMLDocument(data, name: "\(name) (meta.xml)")
    var out: [String: String] = [:]
    for property in document.root?.child("meta", in: ODF.office)?.children ?? []
    where property.is("user-defined", in: ODF.meta) {
      if let key = property.attribute("name", namespace: "urn:oasis:names:tc:opendocument:xmlns:meta:1.0") {
        out[key] = property.text
      }
    }
    return out
  }
}
