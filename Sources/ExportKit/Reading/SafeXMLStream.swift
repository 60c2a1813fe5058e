import CLibXML2
import Foundation

/// Reads a large XML part (a reviewed body) element by element with libxml2's stream reader,
/// under the same rules as `SafeXMLDocument` (no DTD, no entities, no network). The
/// elements asked for are handed over one at a time as small trees, which libxml2 frees as
/// it moves on: a body of millions of nodes is never held whole, and freeing it does not
/// cost a tenth of the run.
public final class SafeXMLStream {
  private let data: Data
  private let name: String

  /// Checks `data` (the part `name`) for declarations; reading happens in `forEach`.
  public init(_ data: Data, name: String) throws {
    try data.withUnsafeBytes { try SafeXMLDocument.refuseDTD($0, name: name) }
    self.data = data
    self.name = name
  }

  /// Calls `body` with every element whose ancestry, by local names from the root, matches
  /// one of `paths` (`"*"` matches any name), and the index of that path. The element is
  /// valid only during the call. Throws `ExportError.unsafeArchive` for XML that is not well
  /// formed.
  public func forEach(_ paths: [[String]], _ body: (Int, SafeXMLNode) throws -> Void) throws {
    let deepest = paths.map(\.count).max() ?? 0
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      guard
        let reader = xmlReaderForMemory(
          buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil,
          SafeXMLDocument.options)
      else { throw ExportError.unsafeArchive(name, reason: "not well-formed XML") }
      defer { xmlFreeTextReader(reader) }
      var ancestry: [String] = []
      var result = xmlTextReaderRead(reader)
      while result == 1 {
        let depth = Int(xmlTextReaderDepth(reader))
        switch xmlTextReaderNodeType(reader) {
        case 1:  // an element starts
          ancestry.removeSubrange(min(depth, ancestry.count)...)
          if depth < deepest {
            ancestry.append(xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? "")
          }
          if let index = paths.firstIndex(where: { matches($0, ancestry, depth) }) {
            guard let node = xmlTextReaderExpand(reader), let doc = node.pointee.doc else {
              throw ExportError.unsafeArchive(name, reason: "not well-formed XML")
            }
            try body(index, SafeXMLNode(node: node, document: SafeXMLDocument(borrowing: doc)))
            ancestry.removeSubrange(min(depth, ancestry.count)...)
            result = xmlTextReaderNext(reader)
            continue
          }
          if xmlTextReaderIsEmptyElement(reader) == 1 { ancestry.removeSubrange(min(depth, ancestry.count)...) }
        case 15:  // an element ends
          ancestry.removeSubrange(min(depth, ancestry.count)...)
        default: break
        }
        result = xmlTextReaderRead(reader)
      }
      if result < 0 { throw ExportError.unsafeArchive(name, reason: "not well-formed XML") }
    }
  }

  private func matches(_ path: [String], _ ancestry: [String], _ depth: Int) -> Bool {
    guard path.count == depth + 1, ancestry.count == path.count else { return false }
    for (wanted, found) in zip(path, ancestry) where wanted != "*" && wanted != found { return false }
    return true
  }
}
