import CardModel
import ExportKit

/// The border of a card and the text area it leaves: the lines that frame a card, each
/// exactly `columns` display columns wide (SPEC §3.2).
///
/// Box-drawing characters are East Asian ambiguous: a CJK monospace font draws them two
/// columns wide, so under a CJK `lang` the unicode border is measured at 2 columns a glyph,
/// like the text it frames. A frame of 2-column glyphs cannot span an odd width; then the
/// frame is one column narrower and every line ends with one space, so that all lines still
/// have the card's width.
struct CardFrame: Sendable {
  let columns: Int
  let border: CardOptions.Border
  /// The width of the text between the borders (the border and one space each side).
  let textWidth: Int
  private let glyphs: Glyphs
  private let glyphWidth: Int
  private let frameWidth: Int
  private let breaker: LineBreaker

  init(columns: Int, border: CardOptions.Border, breaker: LineBreaker) {
    self.columns = columns
    self.border = border
    self.breaker = breaker
    let glyphs: Glyphs = border == .unicode ? .unicode : .ascii
    let glyphWidth = border == .unicode ? breaker.width(glyphs.horizontal) : 1
    let frameWidth = glyphWidth == 2 && columns % 2 == 1 ? columns - 1 : columns
    let textWidth = border == .none ? columns : frameWidth - 2 * glyphWidth - 2
    let tail = frameWidth < columns ? " " : ""
    (self.glyphs, self.glyphWidth, self.frameWidth, self.textWidth, self.tail) =
      (glyphs, glyphWidth, frameWidth, textWidth, tail)
    // The lines every card repeats are made once.
    paddings = (0...max(0, textWidth)).map { String(repeating: " ", count: $0) }
    let count = (frameWidth - 2 * glyphWidth) / glyphWidth
    func horizontal(_ left: String, _ right: String) -> String {
      left + String(repeating: glyphs.horizontal, count: count) + right + tail
    }
    top = border == .none ? nil : horizontal(glyphs.topLeft, glyphs.topRight)
    rule = border == .none ? String(repeating: "-", count: columns) : horizontal(glyphs.teeLeft, glyphs.teeRight)
    bottom = border == .none ? nil : horizontal(glyphs.bottomLeft, glyphs.bottomRight)
  }

  /// The line above the title, if the border has one.
  let top: String?

  /// The line between the title and the points.
  let rule: String

  /// The line under the last row, if the border has one.
  let bottom: String?

  /// A row of text: framed and padded to the card's width, or without trailing spaces when
  /// there is no border. `text` must not be wider than `textWidth`.
  func row(_ text: String) -> String {
    if border == .none { return text.trimmingSpacesAtEnd() }
    let padding = paddings[min(paddings.count - 1, max(0, textWidth - breaker.width(text)))]
    var line = ""
    line.reserveCapacity(text.utf8.count + padding.utf8.count + 12)
    line += glyphs.vertical
    line += " "
    line += text
    line += padding
    line += " "
    line += glyphs.vertical
    line += tail
    return line
  }

  /// The space that pads an odd-width card framed with 2-column glyphs.
  private let tail: String
  /// Runs of spaces, by length, for padding rows.
  private let paddings: [String]

  private struct Glyphs: Sendable {
    var topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight, horizontal, vertical: String
    static let ascii = Glyphs(
      topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", teeLeft: "+", teeRight: "+", horizontal: "-",
      vertical: "|")
    static let unicode = Glyphs(
      topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", teeLeft: "├", teeRight: "┤", horizontal: "─",
      vertical: "│")
  }
}

extension String {
  /// The string without spaces at its end.
  func trimmingSpacesAtEnd() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
