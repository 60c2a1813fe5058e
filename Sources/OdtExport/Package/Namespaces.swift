/// The ODF namespaces prepexport writes, by their usual prefixes. Only namespaces of the ODF
/// 1.3 schema: no `loext:`, no `officeooo:` (strict conformance).
enum Namespaces {
  static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
  static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
  static let xlink = "http://www.w3.org/1999/xlink"
  static let dc = "http://purl.org/dc/elements/1.1/"

  /// Prefix by namespace URI: every namespace an ODF 1.3 text document's styles may use.
  /// Content in any other namespace (application extensions) is left out when a reference
  /// document is copied.
  static let prefixes: [String: String] = [
    office: "office", style: "style", text: "text", table: "table", fo: "fo", svg: "svg",
    meta: "meta", config: "config", xlink: "xlink", dc: "dc",
    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
    "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0": "number",
    "urn:oasis:names:tc:opendocument:xmlns:chart:1.0": "chart",
    "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0": "dr3d",
    "urn:oasis:names:tc:opendocument:xmlns:form:1.0": "form",
    "urn:oasis:names:tc:opendocument:xmlns:script:1.0": "script",
    "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0": "presentation",
    "urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0": "smil",
    "urn:oasis:names:tc:opendocument:xmlns:animation:1.0": "anim",
    "urn:oasis:names:tc:opendocument:xmlns:of:1.2": "of",
    "http://www.w3.org/1998/Math/MathML": "math",
    "http://www.w3.org/2002/xforms": "xforms",
    "http://www.w3.org/1999/xhtml": "xhtml",
    "http://www.w3.org/2003/g/data-view#": "grddl",
    "http://www.w3.org/XML/1998/namespace": "xml",
  ]

  /// The declarations content.xml needs: attribute name and namespace URI.
  static let contentDeclarations: [(StaticString, String)] = [
    ("xmlns:office", office), ("xmlns:style", style), ("xmlns:text", text), ("xmlns:table", table),
    ("xmlns:fo", fo), ("xmlns:svg", svg), ("xmlns:xlink", xlink), ("xmlns:dc", dc), ("xmlns:meta", meta),
  ]
}
