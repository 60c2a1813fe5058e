import ExportKit

/// Says briefly what a tracked formatting change did, from the properties before
/// (`w:rPrChange/w:rPr`, `w:pPrChange/w:pPr`) and after.
enum DocxFormatChange {
  /// Run properties: "bold added", "italic removed, colour changed"…
  static func run(old: WElement?, new: WElement?, styles: DocxStyleSheet) -> String {
    var said: [String] = []
    for (element, word) in toggles {
      let before = old?.flag(element) ?? false
      let after = new?.flag(element) ?? false
      if before != after { said.append("\(word) \(after ? "added" : "removed")") }
    }
    let underlineBefore = old?.value(of: "u").map { $0 != "none" } ?? (old?.child("u") != nil)
    let underlineAfter = new?.value(of: "u").map { $0 != "none" } ?? (new?.child("u") != nil)
    if underlineBefore != underlineAfter { said.append("underline \(underlineAfter ? "added" : "removed")") }
    for (element, word) in valued {
      let before = old?.child(element)?.node.xml
      let after = new?.child(element)?.node.xml
      if before != after {
        switch (before, after) {
        case (nil, _?): said.append("\(word) set")
        case (_?, nil): said.append("\(word) removed")
        default: said.append("\(word) changed")
        }
      }
    }
    let styleBefore = old?.value(of: "rStyle").flatMap { styles.name($0) }
    let styleAfter = new?.value(of: "rStyle").flatMap { styles.name($0) }
    if styleBefore != styleAfter {
      said.append("character style \(styleAfter.map { "“\($0)”" } ?? "removed")")
    }
    return said.isEmpty ? "formatting changed" : said.joined(separator: ", ")
  }

  /// Paragraph properties: "style “Normal” → “heading 2”", "list numbering added"…
  static func paragraph(old: WElement?, new: WElement?, styles: DocxStyleSheet) -> String {
    var said: [String] = []
    let styleBefore = styles.name(old?.value(of: "pStyle")) ?? "normal"
    let styleAfter = styles.name(new?.value(of: "pStyle")) ?? "normal"
    if styleBefore != styleAfter { said.append("style “\(styleBefore)” → “\(styleAfter)”") }
    let listBefore = old?.child("numPr") != nil
    let listAfter = new?.child("numPr") != nil
    if listBefore != listAfter { said.append("list numbering \(listAfter ? "added" : "removed")") }
    for (element, word) in paragraphValued where old?.child(element)?.node.xml != new?.child(element)?.node.xml {
      said.append("\(word) changed")
    }
    return said.isEmpty ? "paragraph formatting changed" : said.joined(separator: ", ")
  }

  private static let toggles: [(StaticString, String)] = [
    ("b", "bold"), ("i", "italic"), ("strike", "strikethrough"), ("dstrike", "double strikethrough"),
    ("caps", "capitals"), ("smallCaps", "small capitals"), ("vanish", "hidden"),
  ]
  private static let valued: [(StaticString, String)] = [
    ("color", "colour"), ("sz", "font size"), ("rFonts", "font"), ("highlight", "highlight"), ("shd", "shading"),
    ("vertAlign", "superscript/subscript"),
  ]
  private static let paragraphValued: [(StaticString, String)] = [
    ("jc", "alignment"), ("ind", "indentation"), ("spacing", "spacing"),
  ]
}
