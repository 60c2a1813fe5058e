import CLibXML2

/// Walking a parsed document node by node, for writers that copy parts of a user's file
/// (a reference document's styles) through their own XML writer, filtering as they go.
extension SafeXMLNode {
  /// An attribute: local name, namespace URI (nil when none) and value.
  public struct Attribute: Sendable, Equatable {
    public var localName: String
    public var namespace: String?
    public var value: String
    /// The prefix it was written with (nil: none).
    public var prefix: String?
  }

  /// A child of an element: an element, or character data (text and CDATA).
  public enum Child {
    case element(SafeXMLNode)
    case text(String)
  }

  /// The attributes, in document order (namespace declarations are not attributes).
  public var attributes: [Attribute] {
    var out: [Attribute] = []
    var attribute = node.pointee.properties
    while let a = attribute {
      let name = String(cString: a.pointee.name)
      let namespace = a.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
      let prefix = a.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) }
      var value = ""
      if let content = xmlNodeListGetString(document.doc, a.pointee.children, 1) {
        value = String(cString: content)
        prep_xml_free(content)
      }
      out.append(Attribute(localName: name, namespace: namespace, value: value, prefix: prefix))
      attribute = a.pointee.next
    }
    return out
  }

  /// The prefix the element was written with (nil: none, or the default namespace).
  public var prefix: String? { node.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) } }

  /// The namespaces declared on this element: prefix (nil for the default namespace) and URI.
  public var namespaceDeclarations: [(prefix: String?, uri: String)] {
    var out: [(String?, String)] = []
    var declaration = node.pointee.nsDef
    while let d = declaration {
      if let href = d.pointee.href { out.append((d.pointee.prefix.map { String(cString: $0) }, String(cString: href))) }
      declaration = d.pointee.next
    }
    return out
  }

  /// Element and text children, in order; comments and processing instructions are skipped.
  public var childNodes: [Child] {
    var out: [Child] = []
    var child = node.pointee.children
    while let c = child {
      switch c.pointee.type {
      case XML_ELEMENT_NODE: out.append(.element(SafeXMLNode(node: c, document: document)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = xmlNodeGetContent(c) {
          out.append(.text(String(cString: content)))
          prep_xml_free(content)
        }
      default: break
      }
      child = c.pointee.next
    }
    return out
  }
}
