import ExportKit
import Foundation

/// Puts the children of style markup back in the order the OOXML transitional schema
/// requires. Reference documents written by other tools often break it (pandoc's own
/// reference.docx has `w:qFormat` after `w:pPr`, `w:tcBorders` after `w:vAlign`), and the
/// styles we keep from them must not make our file invalid. Elements are re-serialised from
/// the parsed tree; unknown children (extensions) keep their order after the known ones.
enum SchemaOrder {
  private static func table(_ names: String) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: names.split(separator: " ").enumerated().map { (String($1), $0) })
  }

  private static let runProperties = table(
    "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange"
  )
  private static let cellMargins = table("top start left bottom end right")

  /// Child order by parent element (local names in the WordprocessingML namespace).
  private static let orders: [String: [String: Int]] = [
    "styles": table("docDefaults latentStyles style"),
    "docDefaults": table("rPrDefault pPrDefault"),
    "style": table(
      "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"
    ),
    "pPr": table(
      "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ),
    "rPr": runProperties,
    "tblPr": table(
      "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"
    ),
    "tcPr": table(
      "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange"
    ),
    "tblStylePr": table("pPr rPr tblPr trPr tcPr"),
    "pBdr": table("top left bottom right between bar"),
    "tblBorders": table("top start left bottom end right insideH insideV"),
    "tcBorders": table("top start left bottom end right insideH insideV tl2br tr2bl"),
    "tblCellMar": cellMargins,
    "tcMar": cellMargins,
  ]

  /// A styles part re-serialised in schema order, under its own root start tag.
  static func styles(_ data: Data, document: SafeXMLDocument, reference: String) throws -> Data {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    out += try ReferenceDocx.rootStartTag(data, part: "word/styles.xml", reference: reference)
    if let root = document.root {
      for child in sorted(root.children, parent: root) { serialize(child, into: &out) }
    }
    out += "</w:styles>"
    return Data(out.utf8)
  }

  private static func sorted(_ children: [SafeXMLNode], parent: SafeXMLNode) -> [SafeXMLNode] {
    guard parent.namespace == Namespace.w, let order = orders[parent.name] else { return children }
    return children.enumerated().sorted { a, b in
      let ka = a.element.namespace == Namespace.w ? order[a.element.name] ?? Int.max : Int.max
      let kb = b.element.namespace == Namespace.w ? order[b.element.name] ?? Int.max : Int.max
      return ka != kb ? ka < kb : a.offset < b.offset
    }.map(\.element)
  }

  private static func serialize(_ node: SafeXMLNode, into out: inout String) {
    let xml = node.xml
    let children = node.children
    guard !children.isEmpty, node.namespace == Namespace.w, orders[node.name] != nil,
      let end = xml.firstIndex(of: ">"), xml[xml.index(before: end)] != "/"
    else {
      out += xml
      return
    }
    let startTag = xml[...end]
    let qualifiedName = startTag.dropFirst().prefix { $0 != " " && $0 != ">" && $0 != "/" }
    out += startTag
    for child in sorted(children, parent: node) { serialize(child, into: &out) }
    out += "</\(qualifiedName)>"
  }
}
