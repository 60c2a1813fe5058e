import ExportKit

/// What `word/styles.xml` says about the paragraph styles a reviewed file uses: their names
/// (headings are found by name or outline level, never by id: a Chinese Word calls Heading 1
/// `1`, LibreOffice may rename ids on save), outline levels and list numbering, following
/// `w:basedOn`.
struct DocxStyleSheet {
  struct Style {
    var name: String
    var basedOn: String?
    var outlineLevel: Int?
    var numbering: (id: String, level: Int?)?
  }

  private(set) var styles: [String: Style] = [:]
  /// The style of paragraphs that name none.
  private(set) var defaultParagraphStyle: String?

  init() {}

  init(_ document: SafeXMLDocument?) {
    guard let root = document?.wordRoot else { return }
    for element in root.children where element.is("style") {
      guard let id = element.attribute("styleId") else { continue }
      let isParagraph = element.attribute("type") == nil || element.attribute("type") == "paragraph"
      let pPr = element.child("pPr")
      let numPr = pPr?.child("numPr")
      styles[id] = Style(
        name: element.value(of: "name") ?? id, basedOn: element.value(of: "basedOn"),
        outlineLevel: pPr?.value(of: "outlineLvl").flatMap { Int($0) },
        numbering: numPr.map { ($0.value(of: "numId") ?? "0", $0.value(of: "ilvl").flatMap { Int($0) }) })
      if isParagraph, element.attribute("default").map(["1", "true", "on"].contains) == true {
        defaultParagraphStyle = id
      }
    }
  }

  /// The display name of a style id, lower-cased ("heading 1", "toc 2", "mentor notes").
  func name(_ id: String?) -> String? {
    guard let id = id ?? defaultParagraphStyle else { return nil }
    return (styles[id]?.name ?? id).lowercased()
  }

  /// The heading level a style gives (1 for the top), from its name ("heading 3") or its
  /// outline level, following the styles it is based on.
  func headingLevel(_ id: String?) -> Int? {
    var current = id ?? defaultParagraphStyle
    var seen = Set<String>()
    while let styleID = current, seen.insert(styleID).inserted, let style = styles[styleID] {
      if let level = Self.headingLevel(named: style.name.lowercased()) { return level }
      if let outline = style.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
      current = style.basedOn
    }
    return nil
  }

  /// "heading 1" … "heading 9" → 1 … 9.
  static func headingLevel(named name: String) -> Int? {
    guard name.hasPrefix("heading "), let n = Int(name.dropFirst(8)), (1...9).contains(n) else { return nil }
    return n
  }

  /// The list numbering a style gives its paragraphs, following `w:basedOn`.
  func numbering(_ id: String?) -> (id: String, level: Int)? {
    var current = id ?? defaultParagraphStyle
    var seen = Set<String>()
    while let styleID = current, seen.insert(styleID).inserted, let style = styles[styleID] {
      if let numbering = style.numbering { return (numbering.id, numbering.level ?? 0) }
      current = style.basedOn
    }
    return nil
  }
}
