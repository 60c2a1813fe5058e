import ExportKit
import Foundation

/// The page size and margins of a reference document's last section, read as untrusted numbers:
/// a value that is not a measure Word allows (`nan`, `1e308`, `-9223372036854775808`, a negative
/// side margin) is left out with a note, and ours is used in its place.
enum ReferencePage {
  /// Word's largest page side: 22 inches.
  static let largest = 31_680
  /// The smallest page side we take: one inch.
  static let smallest = 1_440

  static func read(_ document: SafeXMLDocument, leftOut: inout [String]) -> PageSetup? {
    let w = ["w": Namespace.w]
    guard let section = document.select("/w:document/w:body/w:sectPr", namespaces: w).last else { return nil }
    func attribute(_ element: String, _ name: String) -> String? {
      section.children.first { $0.name == element && $0.namespace == Namespace.w }?.attribute(
        name, namespace: Namespace.w)
    }
    guard let widthText = attribute("pgSz", "w"), let heightText = attribute("pgSz", "h") else { return nil }
    guard let width = twips(widthText), let height = twips(heightText),
      (smallest...largest).contains(width), (smallest...largest).contains(height)
    else {
      leftOut.append(
        "word/document.xml w:pgSz w:w=\"\(widthText)\" w:h=\"\(heightText)\": not a page size Word allows (1 to 22 inches); the default page is used"
      )
      return nil
    }
    let defaults = PageSetup.defaults(for: .english)
    func margin(_ name: String, _ fallback: Int, signed: Bool = false) -> Int {
      guard let text = attribute("pgMar", name) else { return fallback }
      guard let value = twips(text), (signed ? -largest : 0)...largest ~= value else {
        leftOut.append(
          "word/document.xml w:pgMar w:\(name)=\"\(text)\": not a margin Word allows (\(signed ? "" : "0 to ")22 inches); \(fallback) twips used"
        )
        return fallback
      }
      return value
    }
    // Top and bottom may be negative in Word (text then ignores the header's height); we keep
    // the distance, as before, so that the body never runs under the header.
    var page = PageSetup(
      width: width, height: height, top: abs(margin("top", defaults.top, signed: true)),
      right: margin("right", defaults.right), bottom: abs(margin("bottom", defaults.bottom, signed: true)),
      left: margin("left", defaults.left), header: margin("header", defaults.header),
      footer: margin("footer", defaults.footer), gutter: margin("gutter", 0))
    if page.left + page.right + page.gutter > width - smallest || page.top + page.bottom > height - smallest {
      leftOut.append("word/document.xml w:pgMar: margins leave less than an inch of text; the default margins are used")
      (page.top, page.right, page.bottom, page.left, page.gutter) =
        (defaults.top, defaults.right, defaults.bottom, defaults.left, 0)
    }
    page.landscape = attribute("pgSz", "orient") == "landscape"
    return page
  }

  /// A measure in twips: an integer, or a number with a unit (`2.54cm`, `72pt`); nil when it is
  /// neither or is beyond any page (so that no conversion can trap).
  static func twips(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let value = Int(trimmed) { return value.magnitude <= UInt(10 * largest) ? value : nil }
    let units: [(String, Double)] = [
      ("mm", 1440 / 25.4), ("cm", 1440 / 2.54), ("in", 1440), ("pt", 20), ("pc", 240), ("pi", 240),
    ]
    for (unit, factor) in units where trimmed.hasSuffix(unit) {
      let number = trimmed.dropLast(unit.count)
      guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
        let value = Double(number), value.isFinite, abs(value * factor) <= Double(10 * largest)
      else { return nil }
      return Int((value * factor).rounded())
    }
    return nil
  }
}
