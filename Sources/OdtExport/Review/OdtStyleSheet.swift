import ExportKit

/// What the styles of a reviewed ODT say: each paragraph style's display name (automatic
/// styles, which LibreOffice makes on every save, resolved to the named style they derive
/// from), which list styles number their first level and from where, and what notable
/// formatting each text style applies (to describe a tracked formatting change).
struct OdtStyleSheet {
  private var paragraphParents: [String: String] = [:]
  private var displayNames: [String: String] = [:]
  private var outlineLevels: [String: Int] = [:]
  /// Styles of `office:automatic-styles`: formatting applied in place, named after nothing.
  private var automatic: Set<String> = []
  /// List style name → (first level numbered, its start value).
  private var lists: [String: (numbered: Bool, start: Int)] = [:]
  /// Text style name → its notable formatting ("bold, italic").
  private(set) var textFormatting: [String: String] = [:]

  init(_ documents: [SafeXMLDocument?]) {
    for document in documents {
      guard let root = document?.root else { continue }
      for section in root.elements
      where section.is("styles", in: ODF.office) || section.is("automatic-styles", in: ODF.office) {
        read(section: section)
      }
    }
  }

  /// Reads an `office:styles` or `office:automatic-styles` element.
  mutating func read(section: SafeXMLNode) {
    let isAutomatic = section.hasName("automatic-styles")
    for style in section.elements {
      read(style)
      if isAutomatic, let name = style.attribute("name", namespace: Self.styleNS) { automatic.insert(name) }
    }
  }

  private mutating func read(_ style: SafeXMLNode) {
    guard let name = style.attribute("name", namespace: Self.styleNS) else { return }
    if style.is("style", in: ODF.style) {
      let family = style.attribute("family", namespace: Self.styleNS)
      if family == "paragraph" {
        if let parent = style.attribute("parent-style-name", namespace: Self.styleNS) {
          paragraphParents[name] = parent
        }
        displayNames[name] = style.attribute("display-name", namespace: Self.styleNS) ?? Self.decode(name)
        if let level = style.attribute("default-outline-level", namespace: Self.styleNS).flatMap({ Int($0) }) {
          outlineLevels[name] = level
        }
      } else if family == "text", let properties = style.child("text-properties", in: ODF.style) {
        textFormatting[name] = Self.describe(properties)
      }
    } else if style.is("list-style", in: ODF.text) {
      for level in style.elements where level.attribute("level", namespace: Self.textNS) == "1" {
        let format = level.attribute("num-format", namespace: Self.styleNS) ?? ""
        let numbered = level.is("list-level-style-number", in: ODF.text) && !format.isEmpty
        let start = level.attribute("start-value", namespace: Self.textNS).flatMap { Int($0) } ?? 1
        lists[name] = (numbered, start)
      }
    }
  }

  /// The named style a paragraph style is or derives from, lower-cased ("mentor notes").
  func name(_ style: String?) -> String? {
    guard var current = style else { return nil }
    var seen = Set<String>()
    // Automatic styles derive from a named one; named ones are the user's own.
    while automatic.contains(current), let parent = paragraphParents[current], seen.insert(current).inserted {
      current = parent
    }
    return (displayNames[current] ?? Self.decode(current)).lowercased()
  }

  /// The heading level a paragraph style gives `text:p` paragraphs ("Heading 2", or an
  /// outline level), following its parents.
  func headingLevel(_ style: String?) -> Int? {
    var current = style
    var seen = Set<String>()
    while let name = current, seen.insert(name).inserted {
      let display = (displayNames[name] ?? Self.decode(name)).lowercased()
      if display.hasPrefix("heading "), let n = Int(display.dropFirst(8)), (1...10).contains(n) { return n }
      if let level = outlineLevels[name], level > 0 { return level }
      current = paragraphParents[name]
    }
    return nil
  }

  /// Whether a list style numbers its first level, and from where.
  func list(_ style: String?) -> (numbered: Bool, start: Int) {
    style.flatMap { lists[$0] } ?? (true, 1)
  }

  /// `Mentor_20_notes` → "Mentor notes".
  static func decode(_ name: String) -> String {
    guard name.contains("_") else { return name }
    var out = ""
    var rest = Substring(name)
    while let range = rest.range(of: "_") {
      out += rest[..<range.lowerBound]
      let after = rest[range.upperBound...]
      if let close = after.firstIndex(of: "_"), let code = UInt32(after[..<close], radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        out.append(Character(scalar))
        rest = after[after.index(after: close)...]
      } else {
        out += "_"
        rest = after
      }
    }
    return out + rest
  }

  /// "bold, italic" from a text style's properties.
  static func describe(_ properties: SafeXMLNode) -> String {
    var said: [String] = []
    if properties.attribute("font-weight", namespace: foNS) == "bold" { said.append("bold") }
    if properties.attribute("font-style", namespace: foNS) == "italic" { said.append("italic") }
    if let underline = properties.attribute("text-underline-style", namespace: styleNS), underline != "none" {
      said.append("underline")
    }
    if let strike = properties.attribute("text-line-through-style", namespace: styleNS), strike != "none" {
      said.append("strikethrough")
    }
    if properties.attribute("color", namespace: foNS) != nil { said.append("colour") }
    if properties.attribute("background-color", namespace: foNS) != nil { said.append("highlight") }
    if properties.attribute("font-size", namespace: foNS) != nil { said.append("font size") }
    return said.joined(separator: ", ")
  }

  static let styleNS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  static let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  static let officeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  static let foNS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
}
