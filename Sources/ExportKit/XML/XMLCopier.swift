/// Copies XML that libxml2 parsed (a user's reference document) into a part we write, by
/// structure, never by splicing text: the parsed tree becomes a value tree (`Element`) that the
/// formats and the schema table filter, reorder and extend, and that is then written through an
/// `XMLWriter`, every name checked and every value escaped. Comments and processing
/// instructions are dropped; names are written with our prefixes, namespaces declared once on
/// the root. Content in a namespace we do not know is kept with its own prefix or left out, as
/// the caller's policy says, and what was left out is counted for the warning.
public struct XMLCopier {
  /// A namespace URI (nil: none) and a local name.
  public struct Name: Hashable, Sendable, CustomStringConvertible {
    public var namespace: String?
    public var local: String

    public init(_ namespace: String?, _ local: String) {
      self.namespace = namespace
      self.local = local
    }

    public var description: String { namespace.map { "{\($0)}\(local)" } ?? local }
  }

  public struct Attribute: Sendable, Equatable {
    public var name: Name
    public var value: String

    public init(_ name: Name, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// An element as it will be written.
  public struct Element: Sendable {
    public var name: Name
    public var attributes: [Attribute]
    public var children: [Content]

    public init(_ name: Name, attributes: [Attribute] = [], children: [Content] = []) {
      self.name = name
      self.attributes = attributes
      self.children = children
    }

    /// The value of an attribute.
    public func attribute(_ name: Name) -> String? { attributes.first { $0.name == name }?.value }

    /// Sets (or adds) an attribute.
    public mutating func set(_ name: Name, _ value: String) {
      if let index = attributes.firstIndex(where: { $0.name == name }) {
        attributes[index].value = value
      } else {
        attributes.append(Attribute(name, value))
      }
    }

    /// Removes attributes.
    public mutating func remove(where predicate: (Attribute) -> Bool) { attributes.removeAll(where: predicate) }

    /// The element children.
    public var elements: [Element] {
      children.compactMap {
        if case .element(let e) = $0 { return e }
        return nil
      }
    }
  }

  /// A child: an element, character data, or markup we wrote ourselves.
  public enum Content: Sendable {
    case element(Element)
    case text(String)
    case fragment(XMLFragment)
  }

  /// Prefixes by namespace URI: ours, and those of foreign namespaces kept.
  public private(set) var prefixes: [String: String]
  private let knownNamespaces: Set<String>
  private let keepsForeign: @Sendable (_ uri: String, _ prefix: String?) -> Bool
  /// Elements and attributes left out for their namespace, by the prefix they had (or the
  /// URI, when they had none).
  public private(set) var leftOut: [String: Int] = [:]

  public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

  /// `prefixes`: the namespaces we write, by URI. `keepingForeign`: whether content in another
  /// namespace (URI and the prefix it had) is kept with that prefix; by default it is left out.
  public init(
    prefixes: [String: String],
    keepingForeign: @escaping @Sendable (_ uri: String, _ prefix: String?) -> Bool = { _, _ in false }
  ) {
    var all = prefixes
    all[Self.xmlNamespace] = "xml"
    self.prefixes = all
    knownNamespaces = Set(all.keys)
    keepsForeign = keepingForeign
  }

  /// The value tree of `node`; nil when its namespace is left out.
  public mutating func element(_ node: SafeXMLNode) -> Element? {
    guard admits(node.namespace, prefix: node.prefix) else { return nil }
    var element = Element(Name(node.namespace, node.name))
    for attribute in node.attributes where admits(attribute.namespace, prefix: attribute.prefix) {
      element.attributes.append(Attribute(Name(attribute.namespace, attribute.localName), attribute.value))
    }
    // libxml2 refuses documents nested deeper than 256 levels, which bounds this recursion.
    for child in node.childNodes {
      switch child {
      case .element(let e): if let copied = self.element(e) { element.children.append(.element(copied)) }
      case .text(let t): element.children.append(.text(t))
      }
    }
    return element
  }

  /// Whether content written with `namespace` and `prefix` is kept: ours, or foreign and kept
  /// by the policy (its prefix then learnt, unless ours already use it). No namespace is kept.
  private mutating func admits(_ namespace: String?, prefix: String?) -> Bool {
    guard let namespace else { return true }
    if prefixes[namespace] != nil { return true }
    if let prefix, !prefix.isEmpty, !prefixes.values.contains(prefix), keepsForeign(namespace, prefix) {
      prefixes[namespace] = prefix
      return true
    }
    leftOut[prefix.flatMap { $0.isEmpty ? nil : $0 } ?? namespace, default: 0] += 1
    return false
  }

  /// One line on the content left out for its namespace ("styles.xml: 214 elements and
  /// attributes of extensions (loext, officeooo), which ODF 1.3 does not have"), if any.
  public func leftOutSummary(part: String, schema: String) -> String? {
    guard !leftOut.isEmpty else { return nil }
    let count = leftOut.values.reduce(0, +)
    let names = leftOut.keys.sorted().joined(separator: ", ")
    return "\(part): \(count) elements and attributes of extensions (\(names)), which \(schema) does not have"
  }

  /// Whether content in `namespace` is ours rather than a foreign namespace kept.
  public func isKnown(_ namespace: String?) -> Bool { namespace.map(knownNamespaces.contains) ?? true }

  /// `element` as a document's root: every namespace used in it (and in `declaring`, for
  /// fragments written with our prefixes) declared on its start tag.
  public func writeRoot(_ element: Element, declaring: [String] = [], into xml: inout XMLWriter) {
    var used = Set(declaring)
    collectNamespaces(element, into: &used)
    used.remove(Self.xmlNamespace)
    let declarations = used.compactMap { uri in prefixes[uri].map { (prefix: $0, uri: uri) } }.sorted {
      $0.prefix < $1.prefix
    }
    write(element, declarations: declarations, into: &xml)
  }

  /// `content` written where the namespaces it uses are already declared.
  public func write(_ content: [Content], into xml: inout XMLWriter) {
    for child in content {
      switch child {
      case .element(let e): write(e, declarations: [], into: &xml)
      case .text(let t): xml.text(t)
      case .fragment(let f): xml.append(f)
      }
    }
  }

  private func write(
    _ element: Element, declarations: [(prefix: String, uri: String)], into xml: inout XMLWriter
  ) {
    guard let name = qualified(element.name) else { return }
    xml.raw("<")
    xml.name(name)
    for declaration in declarations {
      guard let attribute = XMLName("xmlns:" + declaration.prefix) else { continue }
      xml.attribute(attribute, declaration.uri)
    }
    for attribute in element.attributes {
      guard let attributeName = qualified(attribute.name) else { continue }
      xml.attribute(attributeName, attribute.value)
    }
    if element.children.isEmpty {
      xml.raw("/>")
      return
    }
    xml.raw(">")
    write(element.children, into: &xml)
    xml.raw("</")
    xml.name(name)
    xml.raw(">")
  }

  private func qualified(_ name: Name) -> XMLName? {
    guard let namespace = name.namespace else { return XMLName(name.local) }
    guard let prefix = prefixes[namespace] else { return nil }
    return XMLName(prefix + ":" + name.local)
  }

  /// The namespace URIs `element` and its descendants use.
  public func namespaces(in element: Element) -> Set<String> {
    var used = Set<String>()
    collectNamespaces(element, into: &used)
    return used
  }

  private func collectNamespaces(_ element: Element, into used: inout Set<String>) {
    if let namespace = element.name.namespace { used.insert(namespace) }
    for attribute in element.attributes { if let namespace = attribute.name.namespace { used.insert(namespace) } }
    for case .element(let child) in element.children { collectNamespaces(child, into: &used) }
  }
}
