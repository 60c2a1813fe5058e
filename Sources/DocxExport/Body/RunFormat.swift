import ExportKit

/// The character formatting of a run, from the inlines that enclose its text.
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

/// The `<w:rPr>` markup of each `RunFormat`, built once per export from the style ids.
/// Inline code takes the VerbatimChar style, link text the Hyperlink style (code in a link
/// stays code, and the link still works).
struct RunProperties {
  private let markup: [String]

  init(styles: StyleMap) {
    markup = (0..<RunFormat.combinations).map { raw in
      let format = RunFormat(rawValue: UInt8(raw))
      var s = ""
      if format.contains(.code) {
        s += "<w:rStyle w:val=\"\(Self.escaped(styles[.verbatimChar]))\"/>"
      } else if format.contains(.link) {
        s += "<w:rStyle w:val=\"\(Self.escaped(styles[.hyperlink]))\"/>"
      }
      if format.contains(.bold) { s += "<w:b/><w:bCs/>" }
      if format.contains(.italic) { s += "<w:i/><w:iCs/>" }
      if format.contains(.strike) { s += "<w:strike/>" }
      return s.isEmpty ? "" : "<w:rPr>" + s + "</w:rPr>"
    }
  }

  subscript(format: RunFormat) -> String { markup[Int(format.rawValue)] }

  /// A style id from a reference document is untrusted text.
  private static func escaped(_ id: String) -> String { XMLFragment { $0.attributeValue(id) }.text }
}
