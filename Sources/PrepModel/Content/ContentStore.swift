/// All Markdown content of one document (every prep input and the answers) in two flat
/// arrays: nodes in document order and one string holding every text. A large bank costs
/// about its own size in text plus 16 bytes a node, with no allocation per paragraph or run.
///
/// Immutable once the reader has built it; `Block`, `Inline`, `Blocks` and `Inlines` are
/// views over it, read by every exporter.
public final class ContentStore: Sendable {
  let nodes: [ContentNode]
  let text: String

  init(nodes: [ContentNode], text: String) {
    self.nodes = nodes
    self.text = text
  }

  /// An empty store, for empty views.
  static let empty = ContentStore(nodes: [], text: "")

  /// How many nodes the store holds.
  public var nodeCount: Int { nodes.count }

  /// The text of a text-bearing node.
  @inline(__always)
  func string(_ index: UInt32) -> Substring {
    let node = nodes[Int(index)]
    return slice(start: node.start, length: node.length)
  }

  @inline(__always)
  func slice(start: UInt32, length: UInt32) -> Substring {
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: Int(start))
    let to = utf8.index(from, offsetBy: Int(length))
    return text[from..<to]
  }

  /// The index of the first child of `index` that is not an attribute.
  @inline(__always)
  func firstContentChild(of index: UInt32) -> UInt32 {
    var child = index + 1
    let end = nodes[Int(index)].end
    while child < end && nodes[Int(child)].kind.isAttribute { child = nodes[Int(child)].end }
    return child
  }

  /// The attribute child of `kind` of `index`, if any.
  func attribute(_ kind: ContentKind, of index: UInt32) -> UInt32? {
    var child = index + 1
    let end = nodes[Int(index)].end
    while child < end && nodes[Int(child)].kind.isAttribute {
      if nodes[Int(child)].kind == kind { return child }
      child = nodes[Int(child)].end
    }
    return nil
  }
}
