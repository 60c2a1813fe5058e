import ExportKit

/// Copies elements of a parsed ODF document (a user's reference styles) through our XML
/// writer, keeping only what the ODF 1.3 schema knows: elements and attributes in other
/// namespaces (LibreOffice's `loext:`, `officeooo:` and the like) are left out, so that the
/// result stays strictly conformant. Prefixes are rewritten to the usual ODF ones.
enum ODFCopier {
  /// The qualified name of a node or attribute in a known namespace, else nil.
  static func qualifiedName(_ localName: String, namespace: String?) -> String? {
    guard let namespace, let prefix = Namespaces.prefixes[namespace] else { return nil }
    return prefix + ":" + localName
  }

  /// Writes `node` and its subtree; nothing when its namespace is foreign.
  /// `dropping` leaves out attributes of `node` itself by qualified name; `extra` is markup
  /// added to its start tag (attributes prepexport sets).
  static func copy(_ node: SafeXMLNode, into xml: inout XMLWriter, dropping: Set<String> = [], extra: String = "") {
    guard let name = qualifiedName(node.name, namespace: node.namespace) else { return }
    xml.raw("<")
    xml.raw(name)
    for attribute in node.attributes {
      guard let attributeName = qualifiedName(attribute.localName, namespace: attribute.namespace),
        !dropping.contains(attributeName)
      else { continue }
      xml.raw(" ")
      xml.raw(attributeName)
      xml.raw("=\"")
      xml.attributeValue(attribute.value)
      xml.raw("\"")
    }
    xml.raw(extra)
    let children = node.childNodes
    if children.isEmpty {
      xml.raw("/>")
      return
    }
    xml.raw(">")
    // libxml2 refuses documents nested deeper than 256 levels, which bounds this recursion.
    for child in children {
      switch child {
      case .element(let element): copy(element, into: &xml)
      case .text(let text): xml.text(text)
      }
    }
    xml.raw("</")
    xml.raw(name)
    xml.raw(">")
  }

  /// The identity of a child of `office:styles`, `office:automatic-styles` or
  /// `office:font-face-decls`, for deciding whether the reference already has it: element,
  /// family and name (one per kind for singletons such as `text:outline-style`).
  static func key(_ node: SafeXMLNode) -> String {
    let family = node.attribute("family", namespace: Namespaces.style) ?? ""
    let name = node.attribute("name", namespace: Namespaces.style) ?? ""
    switch node.name {
    case "outline-style", "linenumbering-configuration", "bibliography-configuration": return node.name
    case "notes-configuration":
      return node.name + "|" + (node.attribute("note-class", namespace: Namespaces.text) ?? "")
    default: return node.name + "|" + family + "|" + name
    }
  }
}
