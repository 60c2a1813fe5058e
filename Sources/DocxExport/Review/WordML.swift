import ExportKit

/// Names of WordprocessingML, for reading files others wrote: transitional (what Word, LibreOffice
/// and python-docx write) and strict (Word's "Strict Open XML" option) alike.
enum WordML {
  static let transitional: StaticString = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let strict: StaticString = "http://purl.oclc.org/ooxml/wordprocessingml/main"
  static let strictURI = "http://purl.oclc.org/ooxml/wordprocessingml/main"
  static let w14: StaticString = "http://schemas.microsoft.com/office/word/2010/wordml"
  static let w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
  static let w16cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
  static let w16cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex"
  static let markupCompatibility: StaticString = "http://schemas.openxmlformats.org/markup-compatibility/2006"
  static let customProperties: StaticString = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
}

/// A WordprocessingML element of a parsed part, with the part's main namespace for its
/// attributes.
struct WElement {
  let node: SafeXMLNode
  /// Whether the part is strict OOXML (else transitional): the namespace of its attributes.
  let strict: Bool

  /// The main namespace URI of the part.
  var namespace: String { strict ? WordML.strictURI : Namespace.w }

  /// Whether it is `w:name`.
  func `is`(_ name: StaticString) -> Bool {
    node.hasName(name) && (node.isIn(WordML.transitional) || node.isIn(WordML.strict))
  }

  /// `w:attribute`.
  func attribute(_ name: String) -> String? { node.attribute(name, namespace: namespace) }

  /// The `w:val` of the child `w:name`.
  func value(of name: StaticString) -> String? { child(name)?.attribute("val") }

  /// The first child `w:name`.
  func child(_ name: StaticString) -> WElement? {
    for element in node.elements where element.hasName(name) {
      let w = WElement(node: element, strict: strict)
      if w.is(name) { return w }
    }
    return nil
  }

  /// The element children, in order, without building an array.
  var children: LazyMapSequence<SafeXMLNode.ElementChildren, WElement> {
    let strict = strict
    return node.elements.lazy.map { WElement(node: $0, strict: strict) }
  }

  /// A Boolean property (`<w:b/>`, `<w:b w:val="0"/>`): nil when absent.
  func flag(_ name: StaticString) -> Bool? {
    guard let element = child(name) else { return nil }
    switch element.attribute("val") {
    case "0", "false", "off", "none": return false
    default: return true
    }
  }
}

extension SafeXMLDocument {
  /// The root element of a WordprocessingML part, with the main namespace it uses.
  var wordRoot: WElement? {
    guard let root else { return nil }
    return WElement(node: root, strict: root.isIn(WordML.strict))
  }
}
