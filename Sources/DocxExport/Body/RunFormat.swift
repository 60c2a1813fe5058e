import ExportKit

/// The character formatting of a run, from the spans and links that enclose its text.
struct RunFormat: OptionSet, Hashable, Sendable {
  let rawValue: UInt8
  static let bold = RunFormat(rawValue: 1)
  static let italic = RunFormat(rawValue: 2)
  static let strike = RunFormat(rawValue: 4)
  static let code = RunFormat(rawValue: 8)
  static let link = RunFormat(rawValue: 16)

  /// The number of combinations, for the run-properties table.
  static let combinations = 32
}

/// The `<w:rPr>` markup of each `RunFormat`, built once per export from the style ids (which
/// may come from a user's reference document, so they are escaped like any value). Inline
/// code takes the VerbatimChar style, link text the Hyperlink style (code in a link stays
/// code, and the link still works).
struct RunProperties {
  private let markup: [XMLFragment]

  init(styles: StyleMap) {
    markup = (0..<RunFormat.combinations).map { raw in
      let format = RunFormat(rawValue: UInt8(raw))
      var xml = XMLWriter(capacity: 128)
      xml.raw("<w:rPr>")
      if format.contains(.code) {
        xml.raw("<w:rStyle w:val=\"")
        xml.attributeValue(styles[.verbatimChar])
        xml.raw("\"/>")
      } else if format.contains(.link) {
        xml.raw("<w:rStyle w:val=\"")
        xml.attributeValue(styles[.hyperlink])
        xml.raw("\"/>")
      }
      if format.contains(.bold) { xml.raw("<w:b/><w:bCs/>") }
      if format.contains(.italic) { xml.raw("<w:i/><w:iCs/>") }
      if format.contains(.strike) { xml.raw("<w:strike/>") }
      xml.raw("</w:rPr>")
      return format.isEmpty ? XMLFragment() : xml.fragment
    }
  }

  subscript(format: RunFormat) -> XMLFragment { markup[Int(format.rawValue)] }
}
