import CLibXML2

/// Walking a large parsed document without allocating per node: readers of reviewed files
/// visit every element of a body that may hold millions, so names are compared in place and
/// children are followed as a linked list rather than collected into arrays.
extension SafeXMLNode {
  /// The first child node of any kind.
  public var firstChild: SafeXMLNode? { node.pointee.children.map { SafeXMLNode(node: $0, document: document) } }
  /// The next sibling node of any kind.
  public var nextSibling: SafeXMLNode? { node.pointee.next.map { SafeXMLNode(node: $0, document: document) } }
  /// Whether the node is an element.
  public var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }
  /// Whether the node is character data (text or CDATA).
  public var isText: Bool { node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE }
  /// A text node's characters.
  public var characters: String { node.pointee.content.map { String(cString: $0) } ?? "" }

  /// Whether the local name is `name`.
  public func hasName(_ name: StaticString) -> Bool {
    guard let own = node.pointee.name else { return false }
    return name.withUTF8Buffer { wanted in
      for (i, byte) in wanted.enumerated() where own[i] != byte { return false }
      return own[wanted.count] == 0
    }
  }

  /// The element's namespace declaration, as an identity: elements of a part mostly share
  /// one, so comparing it saves comparing URIs.
  public var namespaceIdentity: UnsafeRawPointer? { node.pointee.ns.map { UnsafeRawPointer($0) } }

  /// Whether the element is in the namespace `uri`.
  public func isIn(_ uri: StaticString) -> Bool {
    guard let href = node.pointee.ns?.pointee.href else { return false }
    return uri.withUTF8Buffer { wanted in
      for (i, byte) in wanted.enumerated() where href[i] != byte { return false }
      return href[wanted.count] == 0
    }
  }

  /// Whether the element is `name` in namespace `uri`.
  public func `is`(_ name: StaticString, in uri: StaticString) -> Bool { hasName(name) && isIn(uri) }

  /// The element children, in order, without building an array.
  public var elements: ElementChildren { ElementChildren(first: node.pointee.children, document: document) }

  /// The first element child named `name` in namespace `uri`.
  public func child(_ name: StaticString, in uri: StaticString) -> SafeXMLNode? {
    elements.first { $0.is(name, in: uri) }
  }

  /// A sequence over an element's element children.
  public struct ElementChildren: Sequence, IteratorProtocol {
    var cursor: xmlNodePtr?
    let document: SafeXMLDocument

    init(first: xmlNodePtr?, document: SafeXMLDocument) {
      cursor = first
      self.document = document
    }

    public mutating func next() -> SafeXMLNode? {
      while let n = cursor {
        cursor = n.pointee.next
        if n.pointee.type == XML_ELEMENT_NODE { return SafeXMLNode(node: n, document: document) }
      }
      return nil
    }
  }
}
