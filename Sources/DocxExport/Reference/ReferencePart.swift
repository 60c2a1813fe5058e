import ExportKit
import Foundation

/// A part of a reference .docx (styles, numbering, font table, theme) as we copy it: its tree,
/// kept as far as the OOXML schema allows, and the copier that writes it back out.
///
/// Extension markup that the part itself declares ignorable (`mc:Ignorable="w14 w15"`) is kept
/// with its prefixes, as Word writes it; other foreign markup, `mc:AlternateContent`, and
/// references to other files of the reference (pictures, which are not copied) are left out.
struct ReferencePart {
  var root: XMLCopier.Element
  var copier: XMLCopier

  /// How extension markup (in namespaces the schema does not have) is treated.
  enum Extensions {
    /// Kept where the part declares it ignorable, anywhere (WordprocessingML parts).
    case ignorable
    /// Kept only where the schema takes any element (DrawingML's `a:ext`, in the theme).
    case whereSchemaAllows
  }

  /// Reads `path` of the reference. Throws when it is not XML, or its root is not `root` in
  /// `namespace`; nil when nothing of it can be kept. What is left out goes to `leftOut`;
  /// `prepare` may mend the tree before the schema judges it.
  static func read(
    _ data: Data, path: String, reference: String, root: String, namespace: String,
    extensions: Extensions = .ignorable, leftOut: inout [String],
    prepare: (inout XMLCopier.Element, inout [String]) -> Void = { _, _ in }
  ) throws -> ReferencePart? {
    let document = try SafeXMLDocument(data, name: "\(reference) (\(path))")
    guard let node = document.root, node.name == root, node.namespace == namespace else {
      throw ExportError.referenceDocument(reference, reason: "\(path) is not a \(Self.kind(root)) part")
    }
    let table = try WordSchema.table()
    // Only foreign namespaces can be ignorable: `mc:Ignorable="w"` must not spare WordprocessingML
    // from the schema.
    let known = Set(table.namespaces.values).union(WordSchema.prefixes.keys).union([WordSchema.markupCompatibility])
    let ignorable = extensions == .ignorable ? Self.ignorableNamespaces(node).subtracting(known) : []
    var copier = XMLCopier(prefixes: WordSchema.prefixes) { uri, _ in
      extensions == .ignorable ? uri == WordSchema.markupCompatibility || ignorable.contains(uri) : true
    }
    guard var element = copier.element(node) else { return nil }
    // Markup compatibility is ours to write: only the root's mc:Ignorable stays (rewritten in
    // `write`); mc:MustUnderstand, mc:ProcessContent and mc:AlternateContent go.
    let ignorableName = XMLCopier.Name(WordSchema.markupCompatibility, "Ignorable")
    let rootIgnorable = element.attribute(ignorableName)
    let alternates = element.prune(
      elements: { $0.name.namespace == WordSchema.markupCompatibility },
      attributes: { $0.name.namespace == WordSchema.markupCompatibility })
    if let rootIgnorable, extensions == .ignorable { element.set(ignorableName, rootIgnorable) }
    if alternates > (rootIgnorable == nil ? 0 : 1) {
      leftOut.append("\(path): markup-compatibility blocks and attributes (mc:AlternateContent, mc:MustUnderstand…)")
    }
    let links = element.prune(elements: { _ in false }, attributes: { $0.name.namespace == Namespace.r })
    if links > 0 {
      leftOut.append("\(path): \(links) references to other files of the reference (pictures), which are not copied")
    }
    if let summary = copier.leftOutSummary(part: path, schema: "the OOXML transitional schema") {
      leftOut.append(summary)
    }
    prepare(&element, &leftOut)
    var filter = XMLSchemaFilter(table: table, part: path) { uri in
      uri.map { ignorable.contains($0) || $0 == WordSchema.markupCompatibility } ?? false
    }
    let kept = filter.filterRoot(&element)
    leftOut += filter.leftOut
    guard kept else { return nil }
    return ReferencePart(root: element, copier: copier)
  }

  /// The part written out, `extra` added after its children; `declaring` the namespaces our
  /// own fragments use. `mc:Ignorable` is rewritten to name only the prefixes still used.
  func write(appending extra: [XMLCopier.Content] = [], declaring: [String] = [Namespace.w]) -> XMLWriter {
    var root = self.root
    root.children += extra
    let ignorableName = XMLCopier.Name(WordSchema.markupCompatibility, "Ignorable")
    if root.attribute(ignorableName) != nil {
      root.remove { $0.name == ignorableName }
      let foreign = copier.namespaces(in: root).filter { !copier.isKnown($0) && $0 != WordSchema.markupCompatibility }
      let prefixes = foreign.compactMap { copier.prefixes[$0] }.sorted()
      if !prefixes.isEmpty {
        root.attributes.append(XMLCopier.Attribute(ignorableName, prefixes.joined(separator: " ")))
      }
    }
    var xml = XMLWriter(capacity: 65_536)
    xml.declaration()
    copier.writeRoot(root, declaring: declaring, into: &xml)
    return xml
  }

  /// The namespaces whose prefixes the root's `mc:Ignorable` lists.
  private static func ignorableNamespaces(_ root: SafeXMLNode) -> Set<String> {
    guard let list = root.attribute("Ignorable", namespace: WordSchema.markupCompatibility) else { return [] }
    let declared = Dictionary(
      root.namespaceDeclarations.compactMap { d in d.prefix.map { ($0, d.uri) } }, uniquingKeysWith: { a, _ in a })
    return Set(list.split(separator: " ").compactMap { declared[String($0)] })
  }

  private static func kind(_ root: String) -> String {
    switch root {
    case "styles": return "WordprocessingML styles"
    case "numbering": return "WordprocessingML numbering"
    case "fonts": return "WordprocessingML font table"
    case "theme": return "DrawingML theme"
    default: return "WordprocessingML \(root)"
    }
  }
}
