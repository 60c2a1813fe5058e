import ExportKit
import Foundation

/// A user's reference .docx (`--reference-doc`), read as untrusted input: through
/// `SafeArchive` (entry count, size and ratio limits; paths never touch the file system)
/// and `SafeXMLDocument` (no DTD, no entities, no network). From it the export takes the
/// styles (with their document defaults and fonts), the theme, the font table, the page
/// size and margins, and the numbering definitions; our styles that it lacks are added.
struct ReferenceDocx {
  let name: String
  /// The reference's styles.xml (children in schema order), and its index.
  let stylesData: Data
  let styleIndex: ReferenceStyleIndex
  /// The style ids our body writes, resolved against the reference.
  let styleMap: StyleMap
  let numberingData: Data?
  let numberingDocument: SafeXMLDocument?
  let firstFreeAbstractID: Int
  let firstFreeNumID: Int
  let theme: Data?
  let fontTableData: Data?
  let page: PageSetup?

  init(_ reference: ReferenceDocument) throws {
    name = reference.name
    let archive = try SafeArchive(reference.bytes, name: reference.name)
    guard let document = archive["word/document.xml"] else {
      throw ExportError.referenceDocument(
        reference.name,
        reason: "it is not a Word document (no word/document.xml); an .odt reference works with `prepexport odt`")
    }
    guard let styles = archive["word/styles.xml"] else {
      throw ExportError.referenceDocument(reference.name, reason: "it has no styles (word/styles.xml)")
    }
    let stylesDocument = try Self.parse(styles, part: "word/styles.xml", root: "styles", reference: reference.name)
    stylesData = try SchemaOrder.styles(styles, document: stylesDocument, reference: reference.name)
    styleIndex = ReferenceStyleIndex(stylesDocument)
    let ours = try ReferenceStyleIndex.ours()
    let index = styleIndex
    styleMap = StyleMap { index.resolve($0, ours: ours) }

    let numbering = try archive["word/numbering.xml"].map {
      ($0, try Self.parse($0, part: "word/numbering.xml", root: "numbering", reference: reference.name))
    }
    numberingData = numbering?.0
    numberingDocument = numbering?.1
    firstFreeAbstractID = Self.maximum(numbering?.1, "/w:numbering/w:abstractNum", "abstractNumId") + 1
    firstFreeNumID = Self.maximum(numbering?.1, "/w:numbering/w:num", "numId") + 1

    if let themeData = archive["word/theme/theme1.xml"] {
      _ = try Self.parse(
        themeData, part: "word/theme/theme1.xml", root: "theme", reference: reference.name, namespace: nil)
      theme = themeData
    } else {
      theme = nil
    }
    if let fonts = archive["word/fontTable.xml"] {
      _ = try Self.parse(fonts, part: "word/fontTable.xml", root: "fonts", reference: reference.name)
      fontTableData = fonts
    } else {
      fontTableData = nil
    }
    let body = try Self.parse(document, part: "word/document.xml", root: "document", reference: reference.name)
    page = Self.page(body)
  }

  /// The largest integer value of an attribute over the elements at `xpath`, or 0.
  static func maximum(_ document: SafeXMLDocument?, _ xpath: String, _ attribute: String) -> Int {
    document?.select(xpath, namespaces: ["w": Namespace.w]).compactMap {
      $0.attribute(attribute, namespace: Namespace.w).flatMap { Int($0) }
    }.max() ?? 0
  }

  /// Parses a part safely and checks its root element.
  static func parse(_ data: Data, part: String, root: String, reference: String, namespace: String? = Namespace.w)
    throws
    -> SafeXMLDocument
  {
    let document = try SafeXMLDocument(data, name: "\(reference) (\(part))")
    guard let element = document.root, element.name == root, namespace == nil || element.namespace == namespace else {
      throw ExportError.referenceDocument(reference, reason: "\(part) is not a WordprocessingML \(root) part")
    }
    return document
  }

  /// The page size and margins of the reference's last section.
  static func page(_ document: SafeXMLDocument) -> PageSetup? {
    let w = ["w": Namespace.w]
    guard let section = document.select("/w:document/w:body/w:sectPr", namespaces: w).last else { return nil }
    func value(_ element: String, _ attribute: String) -> Int? {
      section.children.first { $0.name == element }?.attribute(attribute, namespace: Namespace.w).flatMap {
        Int($0) ?? Double($0).map { Int($0) }
      }
    }
    guard let width = value("pgSz", "w"), let height = value("pgSz", "h"), width > 1440, height > 1440 else {
      return nil
    }
    let margin = 1247
    var page = PageSetup(
      width: width, height: height, top: abs(value("pgMar", "top") ?? margin), right: value("pgMar", "right") ?? margin,
      bottom: abs(value("pgMar", "bottom") ?? margin), left: value("pgMar", "left") ?? margin,
      header: value("pgMar", "header") ?? 680, footer: value("pgMar", "footer") ?? 680,
      gutter: value("pgMar", "gutter") ?? 0)
    page.landscape =
      section.children.first { $0.name == "pgSz" }?.attribute("orient", namespace: Namespace.w) == "landscape"
    return page
  }
}
