import ExportKit
import Foundation

/// `--reference-doc FILE.odt`: the user's styles, page layout, master pages and font faces,
/// read as untrusted input (SafeArchive, SafeXMLDocument: no DTD, limits on sizes), merged
/// with ours. The reference wins for everything it defines; our named styles that it lacks
/// are added, so that the body's style names always resolve. The header and footer content
/// (title, page N of M) stay ours, on the reference's page layout. The languages come from
/// `lang`, and fonts given explicitly (front matter `fonts`, `--cjk-font`) win over the
/// reference's defaults.
enum ReferenceStyles {
  static func merge(ours: Data, reference: ReferenceDocument, look: OdtLook) throws -> Data {
    let theirs = try referenceStyles(reference)
    let mine = try SafeXMLDocument(ours, name: "styles.xml")
    guard let theirRoot = theirs.root, theirRoot.name == "document-styles", theirRoot.namespace == Namespaces.office,
      let myRoot = mine.root
    else {
      throw ExportError.referenceDocument(reference.name, reason: "its styles.xml is not an ODF styles part")
    }
    let their = Sections(theirRoot)
    let my = Sections(myRoot)

    var xml = XMLWriter(capacity: ours.count * 2)
    xml.declaration(standalone: false)
    xml.raw("<office:document-styles")
    xml.raw(Namespaces.allDeclarations)
    xml.raw(" office:version=\"1.3\">")

    xml.raw("<office:font-face-decls>")
    mergeChildren(their.fontFaces, my.fontFaces, into: &xml, look: look)
    xml.raw("</office:font-face-decls><office:styles>")
    mergeChildren(their.styles, my.styles, into: &xml, look: look)
    xml.raw("</office:styles><office:automatic-styles>")
    mergeChildren(their.automatic, my.automatic, into: &xml, look: look)
    xml.raw("</office:automatic-styles><office:master-styles>")
    masterPages(their: their.masters, mine: my.masters, into: &xml)
    xml.raw("</office:master-styles></office:document-styles>")
    return Data(xml.bytes)
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

  /// The children of the four sections of a styles part.
  struct Sections {
    var fontFaces: [SafeXMLNode] = []
    var styles: [SafeXMLNode] = []
    var automatic: [SafeXMLNode] = []
    var masters: [SafeXMLNode] = []

    init(_ root: SafeXMLNode) {
      for section in root.children where section.namespace == Namespaces.office {
        switch section.name {
        case "font-face-decls": fontFaces = section.children
        case "styles": styles = section.children
        case "automatic-styles": automatic = section.children
        case "master-styles": masters = section.children
        default: break
        }
      }
    }
  }

  /// Theirs, then ours that they lack (by element, family and name).
  static func mergeChildren(_ theirs: [SafeXMLNode], _ mine: [SafeXMLNode], into xml: inout XMLWriter, look: OdtLook) {
    var keys = Set<String>()
    for node in theirs {
      keys.insert(ODFCopier.key(node))
      if node.name == "default-style", node.attribute("family", namespace: Namespaces.style) == "paragraph" {
        defaultParagraphStyle(node, into: &xml, look: look)
      } else {
        ODFCopier.copy(node, into: &xml)
      }
    }
    for node in mine where keys.insert(ODFCopier.key(node)).inserted {
      ODFCopier.copy(node, into: &xml)
    }
  }

  /// The reference's default paragraph style with our languages (and the fonts the user
  /// named explicitly) on its text properties.
  static func defaultParagraphStyle(_ node: SafeXMLNode, into xml: inout XMLWriter, look: OdtLook) {
    var hasTextProperties = false
    xml.raw("<style:default-style style:family=\"paragraph\">")
    for case .element(let child) in node.childNodes {
      if child.name == "text-properties" && child.namespace == Namespaces.style {
        hasTextProperties = true
        var dropping: Set<String> = [
          "fo:language", "fo:country", "fo:script", "style:language-asian", "style:country-asian",
          "style:script-asian", "style:rfc-language-tag", "style:rfc-language-tag-asian",
        ]
        let fonts = look.explicitFontAttributes
        dropping.formUnion(fonts.map(\.name))
        ODFCopier.copy(child, into: &xml, dropping: dropping, extra: look.languageAttributes + attributes(fonts))
      } else {
        ODFCopier.copy(child, into: &xml)
      }
    }
    if !hasTextProperties {
      xml.raw("<style:text-properties")
      xml.raw(look.languageAttributes + attributes(look.explicitFontAttributes))
      xml.raw("/>")
    }
    xml.raw("</style:default-style>")
  }

  static func attributes(_ pairs: [(name: String, value: String)]) -> String {
    pairs.map { " \($0.name)=\"\(TemplateFiller.escaped($0.value))\"" }.joined()
  }

  /// Their master pages, except the one named Standard, which is ours (header with the
  /// title, footer with page N of M) on their Standard page layout.
  static func masterPages(their: [SafeXMLNode], mine: [SafeXMLNode], into xml: inout XMLWriter) {
    var standardLayout: String?
    for node in their {
      if node.name == "master-page", node.attribute("name", namespace: Namespaces.style) == "Standard" {
        standardLayout = node.attribute("page-layout-name", namespace: Namespaces.style)
      } else {
        ODFCopier.copy(node, into: &xml)
      }
    }
    for node in mine where node.name == "master-page" {
      if let standardLayout {
        ODFCopier.copy(
          node, into: &xml, dropping: ["style:page-layout-name"],
          extra: " style:page-layout-name=\"\(TemplateFiller.escaped(standardLayout))\"")
      } else {
        ODFCopier.copy(node, into: &xml)
      }
    }
  }
}
