import CLibXML2
import Foundation

/// An XML document parsed by libxml2 without DTD loading, entity substitution or network
/// access. Documents with a DOCTYPE are refused outright (XXE, billion laughs). The encoding
/// is libxml2's to find (byte-order mark, encoding declaration, else UTF-8), so a UTF-16 part
/// is read like a UTF-8 one.
public final class SafeXMLDocument {
  let doc: xmlDocPtr

  /// Parses `data`; throws `ExportError.unsafeArchive` naming `name`.
  public init(_ data: Data, name: String) throws {
    // Refused before parsing, so that libxml2 never reads the declarations (in UTF-8 and in
    // UTF-16 of either byte order), and after it, whatever the encoding.
    if Self.declaresEntities(data) {
      throw ExportError.unsafeArchive(name, reason: "XML with a DOCTYPE or entity declarations is not accepted")
    }
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)
    let parsed = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> xmlDocPtr? in
      xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil, options)
    }
    guard let parsed else { throw ExportError.unsafeArchive(name, reason: "not well-formed XML") }
    if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
      xmlFreeDoc(parsed)
      throw ExportError.unsafeArchive(name, reason: "XML with a DOCTYPE or entity declarations is not accepted")
    }
    doc = parsed
  }

  private static let markers: [[UInt8]] = ["<!DOCTYPE", "<!ENTITY"].flatMap { marker -> [[UInt8]] in
    let ascii = Array(marker.utf8)
    return [ascii, ascii.flatMap { [$0, 0] }, ascii.flatMap { [0, $0] }]
  }

  private static func declaresEntities(_ data: Data) -> Bool {
    data.withUnsafeBytes { buffer in
      markers.contains { marker in marker.withUnsafeBytes { ByteSearch.contains(buffer, $0) } }
    }
  }

  deinit { xmlFreeDoc(doc) }

  /// The root element.
  public var root: SafeXMLNode? { xmlDocGetRootElement(doc).map { SafeXMLNode(node: $0, document: self) } }

  /// Elements matching an XPath expression, with namespace prefixes bound as given.
  public func select(_ xpath: String, namespaces: [String: String]) -> [SafeXMLNode] {
    guard let context = xmlXPathNewContext(doc) else { return [] }
    defer { xmlXPathFreeContext(context) }
    for (prefix, uri) in namespaces { xmlXPathRegisterNs(context, prefix, uri) }
    guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
    defer { xmlXPathFreeObject(result) }
    guard let set = result.pointee.nodesetval else { return [] }
    return (0..<Int(set.pointee.nodeNr)).compactMap { i in
      set.pointee.nodeTab[i].map { SafeXMLNode(node: $0, document: self) }
    }
  }
}

/// A node of a `SafeXMLDocument`; valid while the document lives (it holds it).
public struct SafeXMLNode {
  let node: xmlNodePtr
  let document: SafeXMLDocument

  /// The local name.
  public var name: String { String(cString: node.pointee.name) }
  /// The namespace URI, if any.
  public var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

  /// The value of an attribute by local name and namespace URI (nil namespace: no namespace).
  public func attribute(_ localName: String, namespace: String? = nil) -> String? {
    let value = namespace == nil ? xmlGetNoNsProp(node, localName) : xmlGetNsProp(node, localName, namespace)
    guard let value else { return nil }
    defer { prep_xml_free(value) }
    return String(cString: value)
  }

  /// The concatenated text of the node and its descendants.
  public var text: String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { prep_xml_free(content) }
    return String(cString: content)
  }

  /// Element children, in order.
  public var children: [SafeXMLNode] {
    var out: [SafeXMLNode] = []
    var child = node.pointee.children
    while let c = child {
      if c.pointee.type == XML_ELEMENT_NODE { out.append(SafeXMLNode(node: c, document: document)) }
      child = c.pointee.next
    }
    return out
  }

  /// The node serialised as XML (namespace declarations of ancestors are not repeated), for
  /// tests and messages. Output is never spliced from it: `XMLCopier` copies parsed XML.
  public var xml: String {
    guard let buffer = xmlBufferCreate() else { return "" }
    defer { xmlBufferFree(buffer) }
    xmlNodeDump(buffer, document.doc, node, 0, 0)
    return String(cString: xmlBufferContent(buffer))
  }
}
