import CLibXML2
import Foundation
import PrepModel

/// An XML document parsed by libxml2 without DTD loading, entity substitution or network
/// access. Documents with a DOCTYPE are refused outright (XXE, billion laughs). The encoding
/// is libxml2's to find (byte-order mark, encoding declaration, else UTF-8), so a UTF-16 part
/// is read like a UTF-8 one.
public final class SafeXMLDocument {
  let doc: xmlDocPtr
  /// Whether this object frees the document (not one a `SafeXMLStream` is building).
  private let owned: Bool

  /// Parses `data`; throws `ExportError.unsafeArchive` naming `name`.
  public init(_ data: Data, name: String) throws {
    doc = try data.withUnsafeBytes { try Self.parse($0, name: name) }
    owned = true
  }

  /// Parses bytes in place (a large body part is not copied).
  public init(_ bytes: [UInt8], name: String) throws {
    doc = try bytes.withUnsafeBytes { try Self.parse($0, name: name) }
    owned = true
  }

  /// The document a stream reader is building; it stays the reader's.
  init(borrowing doc: xmlDocPtr) {
    self.doc = doc
    owned = false
  }

  private static func parse(_ bytes: UnsafeRawBufferPointer, name: String) throws -> xmlDocPtr {
    try refuseDTD(bytes, name: name)
    let parsed = xmlReadMemory(
      bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), name, nil, options)
    guard let parsed else { throw ExportError.unsafeArchive(name, reason: "not well-formed XML") }
    // Whatever the encoding, a document type found by the parser is refused too.
    if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
      xmlFreeDoc(parsed)
      throw ExportError.unsafeArchive(name, reason: "XML with a DOCTYPE or entity declarations is not accepted")
    }
    return parsed
  }

  /// Refuses XML that declares a DOCTYPE or entities (XXE, billion laughs), before libxml2
  /// reads the declarations: in UTF-8, and in UTF-16 of either byte order.
  static func refuseDTD(_ bytes: UnsafeRawBufferPointer, name: String) throws {
    if declaresDTD(bytes)
      || (mayBeUTF16(bytes)
        && utf16Markers.contains { marker in marker.withUnsafeBytes { ByteSearch.contains(bytes, $0) } })
    {
      throw ExportError.unsafeArchive(name, reason: "XML with a DOCTYPE or entity declarations is not accepted")
    }
  }

  /// The parser options: no network, no messages on stderr; short text kept inside its
  /// node (fewer allocations in a large body).
  static let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_COMPACT.rawValue)

  /// Whether the bytes hold `<!DOCTYPE` or `<!ENTITY`. Runs over every part read, so it
  /// jumps from `!` to `!` with memchr (rare in XML) instead of comparing at every `<`.
  private static func declaresDTD(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    var offset = 1
    while offset < count, let found = memchr(base + offset, 0x21, count - offset) {
      let at = base.distance(to: UnsafeRawPointer(found))
      if bytes[at - 1] == 0x3C {
        for word in ["DOCTYPE", "ENTITY"] where at + word.utf8.count < count {
          if word.utf8.enumerated().allSatisfy({ bytes[at + 1 + $0.offset] == $0.element }) { return true }
        }
      }
      offset = at + 1
    }
    return false
  }

  /// A UTF-16 document starts with a byte-order mark or with `<` next to a zero byte.
  private static func mayBeUTF16(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard bytes.count >= 2 else { return false }
    return (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
      || (bytes[0] == 0 && bytes[1] == 0x3C) || (bytes[0] == 0x3C && bytes[1] == 0)
  }

  private static let utf16Markers: [[UInt8]] = ["<!DOCTYPE", "<!ENTITY"].flatMap { marker -> [[UInt8]] in
    let ascii = Array(marker.utf8)
    return [ascii.flatMap { [$0, 0] }, ascii.flatMap { [0, $0] }]
  }

  deinit { if owned { xmlFreeDoc(doc) } }

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
