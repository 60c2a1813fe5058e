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
    resolveAll()
  }

  /// The display name of a style id, lower-cased ("heading 1", "toc 2", "mentor notes").
  func name(_ id: String?) -> String? {
    guard let id = id ?? defaultParagraphStyle else { return nil }
    return resolved[id]?.name ?? id.lowercased()
  }

  /// The heading level a style gives (1 for the top), from its name ("heading 3") or its
  /// outline level, following the styles it is based on.
  func headingLevel(_ id: String?) -> Int? {
    guard let id = id ?? defaultParagraphStyle else { return nil }
    return resolved[id]?.headingLevel
  }

  /// What each style id resolves to, worked out once (a body names a style per paragraph).
  private var resolved: [String: (name: String, headingLevel: Int?, numbering: (id: String, level: Int)?)] = [:]

  private mutating func resolveAll() {
    for id in styles.keys {
      var headingLevel: Int?
      var numbering: (id: String, level: Int)?
      var current: String? = id
      var seen = Set<String>()
      var levelFound = false
      while let styleID = current, seen.insert(styleID).inserted, let style = styles[styleID] {
        if !levelFound {
          if let level = Self.headingLevel(named: style.name.lowercased()) {
            headingLevel = level
            levelFound = true
          } else if let outline = style.outlineLevel {
            headingLevel = (0...8).contains(outline) ? outline + 1 : nil
            levelFound = true
          }
        }
        if numbering == nil, let n = style.numbering { numbering = (n.id, n.level ?? 0) }
        current = style.basedOn
      }
      resolved[id] = (styles[id]!.name.lowercased(), headingLevel, numbering)
    }
  }

  /// "heading 1" … "heading 9" → 1 … 9.
  static func headingLevel(named name: String) -> Int? {
    guard name.hasPrefix("heading "), let n = Int(name.dropFirst(8)), (1...9).contains(n) else { return nil }
    return n
  }

  /// The list numbering a style gives its paragraphs, following `w:basedOn`.
  func numbering(_ id: String?) -> (id: String, level: Int)? {
    guard let id = id ?? defaultParagraphStyle else { return nil }
    return resolved[id]?.numbering
  }
}
