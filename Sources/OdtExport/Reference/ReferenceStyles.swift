import ExportKit
import Foundation

/// `--reference-doc FILE.odt`: the user's styles, page layout, master pages and font faces,
/// read as untrusted input (SafeArchive, SafeXMLDocument: no DTD, limits on sizes), merged
/// with ours. The reference wins for everything it defines; our named styles that it lacks
/// are added, so that the body's style names always resolve. The header and footer content
/// (title, page N of M) stay ours, on the reference's page layout. The languages come from
/// `lang`, and fonts given explicitly (front matter `fonts`, `--cjk-font`) win over the
/// reference's defaults.
///
/// The reference is copied by structure and kept only as far as the ODF 1.3 schema allows
/// (`ODFSchema`): a style with a name that is not a name, a length without a unit, an element
/// out of place is left out, and said so in the warnings.
enum ReferenceStyles {
  static func merge(ours: Data, reference: ReferenceDocument, look: OdtLook) throws -> (
    data: Data, warnings: [ExportWarning]
  ) {
    let document = try referenceStyles(reference)
    guard let node = document.root, node.name == "document-styles", node.namespace == Namespaces.office else {
      throw ExportError.referenceDocument(reference.name, reason: "its styles.xml is not an ODF styles part")
    }
    var copier = ODFSchema.copier()
    guard var theirs = copier.element(node) else {
      throw ExportError.referenceDocument(reference.name, reason: "its styles.xml is not an ODF styles part")
    }
    var leftOut: [String] = []
    if let summary = copier.leftOutSummary(part: "styles.xml", schema: "strict ODF 1.3") { leftOut.append(summary) }
    // Pictures and objects are other files of the reference, which are not copied.
    let pictures = theirs.prune(elements: Self.pointsIntoThePackage)
    if pictures > 0 {
      leftOut.append("styles.xml: \(pictures) pictures or objects, whose files are not copied")
    }
    // We write ODF 1.3 whatever version the reference declares.
    theirs.set(ODFSchema.name("office:version"), "1.3")
    var filter = XMLSchemaFilter(table: try ODFSchema.table(), part: "styles.xml") { _ in false }
    guard filter.filterRoot(&theirs) else {
      throw ExportError.referenceDocument(reference.name, reason: "nothing of its styles.xml is valid ODF")
    }
    leftOut += filter.leftOut

    let mineDocument = try SafeXMLDocument(ours, name: "odt/styles.xml")
    var ourCopier = ODFSchema.copier()
    guard let mineRoot = mineDocument.root, let mine = ourCopier.element(mineRoot) else {
      throw ExportError.packaging("template odt/styles.xml has no root element")
    }
    let their = Sections(theirs)
    let my = Sections(mine)
    var root = XMLCopier.Element(ODFSchema.name("office:document-styles"))
    root.set(ODFSchema.name("office:version"), "1.3")
    root.children = [
      section("office:font-face-decls", mergeChildren(their.fontFaces, my.fontFaces, look: look)),
      section("office:styles", mergeChildren(their.styles, my.styles, look: look)),
      section("office:automatic-styles", mergeChildren(their.automatic, my.automatic, look: look)),
      section("office:master-styles", masterPages(their: their.masters, mine: my.masters)),
    ]
    var xml = XMLWriter(capacity: ours.count * 2)
    xml.declaration(standalone: false)
    copier.writeRoot(root, into: &xml)
    return (Data(xml.bytes), ExportWarning.leftOut(leftOut, from: reference.name))
  }

  /// Whether an element shows a file of the reference's package (`Pictures/…`), rather than
  /// linking to a document elsewhere.
  static func pointsIntoThePackage(_ element: XMLCopier.Element) -> Bool {
    guard element.name.namespace != Namespaces.text || element.name.local == "list-level-style-image",
      let target = element.attribute(XMLCopier.Name(Namespaces.xlink, "href"))
    else { return false }
    return !target.contains(":") && !target.hasPrefix("#") && !target.hasPrefix("../")
  }

  /// The reference's styles.xml, after checking that the file is an ODF text document.
  static func referenceStyles(_ reference: ReferenceDocument) throws -> SafeXMLDocument {
    let archive = try SafeArchive(reference.bytes, name: reference.name)
    if archive["word/document.xml"] != nil {
      throw ExportError.referenceDocument(reference.name, reason: "it is a Word document; `odt` needs an .odt or .ott")
    }
    if let mimetype = archive["mimetype"],
      !String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text")
    {
      throw ExportError.referenceDocument(reference.name, reason: "it is not an OpenDocument text (.odt/.ott)")
    }
    guard let styles = archive["styles.xml"] else {
      throw ExportError.referenceDocument(reference.name, reason: "it has no styles.xml")
    }
    return try SafeXMLDocument(styles, name: reference.name + ": styles.xml")
  }

  private static func section(_ name: String, _ children: [XMLCopier.Element]) -> XMLCopier.Content {
    .element(XMLCopier.Element(ODFSchema.name(name), children: children.map { .element($0) }))
  }

  /// The children of the four sections of a styles part.
  struct Sections {
    var fontFaces: [XMLCopier.Element] = []
    var styles: [XMLCopier.Element] = []
    var automatic: [XMLCopier.Element] = []
    var masters: [XMLCopier.Element] = []

    init(_ root: XMLCopier.Element) {
      for section in root.elements where section.name.namespace == Namespaces.office {
        switch section.name.local {
        case "font-face-decls": fontFaces = section.elements
        case "styles": styles = section.elements
        case "automatic-styles": automatic = section.elements
        case "master-styles": masters = section.elements
        default: break
        }
      }
    }
  }

  /// The identity of a child of `office:styles`, `office:automatic-styles` or
  /// `office:font-face-decls`, for deciding whether the reference already has it: element,
  /// family and name (one per kind for singletons such as `text:outline-style`).
  static func key(_ element: XMLCopier.Element) -> String {
    let family = element.attribute(ODFSchema.name("style:family")) ?? ""
    let name = element.attribute(ODFSchema.name("style:name")) ?? ""
    switch element.name.local {
    case "outline-style", "linenumbering-configuration", "bibliography-configuration": return element.name.local
    case "notes-configuration":
      return element.name.local + "|" + (element.attribute(ODFSchema.name("text:note-class")) ?? "")
    default: return element.name.local + "|" + family + "|" + name
    }
  }

  /// Theirs, then ours that they lack (by element, family and name).
  static func mergeChildren(_ theirs: [XMLCopier.Element], _ mine: [XMLCopier.Element], look: OdtLook)
    -> [XMLCopier.Element]
  {
    var keys = Set<String>()
    var out: [XMLCopier.Element] = []
    for element in theirs {
      keys.insert(key(element))
      if element.name == ODFSchema.name("style:default-style"),
        element.attribute(ODFSchema.name("style:family")) == "paragraph"
      {
        out.append(defaultParagraphStyle(element, look: look))
      } else {
        out.append(element)
      }
    }
    for element in mine where keys.insert(key(element)).inserted { out.append(element) }
    return out
  }

  /// The reference's default paragraph style with our languages (and the fonts the user
  /// named explicitly) on its text properties.
  static func defaultParagraphStyle(_ style: XMLCopier.Element, look: OdtLook) -> XMLCopier.Element {
    var style = style
    let languageNames = Set(
      [
        "fo:language", "fo:country", "fo:script", "style:language-asian", "style:country-asian",
        "style:script-asian", "style:rfc-language-tag", "style:rfc-language-tag-asian",
      ].map(ODFSchema.name))
    let fonts = look.explicitFontAttributes
    let replaced = languageNames.union(fonts.map { ODFSchema.name($0.name) })
    let textProperties = ODFSchema.name("style:text-properties")
    var properties = style.elements.first { $0.name == textProperties } ?? XMLCopier.Element(textProperties)
    properties.remove { replaced.contains($0.name) }
    for (name, value) in look.languages + fonts { properties.set(ODFSchema.name(name), value) }
    if let index = style.children.firstIndex(where: {
      if case .element(let e) = $0 { return e.name == textProperties }
      return false
    }) {
      style.children[index] = .element(properties)
    } else {
      style.children.append(.element(properties))
    }
    return style
  }

  /// Their master pages, except the one named Standard, which is ours (header with the
  /// title, footer with page N of M) on their Standard page layout.
  static func masterPages(their: [XMLCopier.Element], mine: [XMLCopier.Element]) -> [XMLCopier.Element] {
    let masterPage = ODFSchema.name("style:master-page")
    let name = ODFSchema.name("style:name")
    let layout = ODFSchema.name("style:page-layout-name")
    var standardLayout: String?
    var out: [XMLCopier.Element] = []
    for element in their {
      if element.name == masterPage, element.attribute(name) == "Standard" {
        standardLayout = element.attribute(layout)
      } else {
        out.append(element)
      }
    }
    for var element in mine where element.name == masterPage {
      if let standardLayout { element.set(layout, standardLayout) }
      out.append(element)
    }
    return out
  }
}
