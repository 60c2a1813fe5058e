/// Text made fit for a plain-text line: what a printer or terminal cannot show is left out,
/// and white space is made single spaces.
public enum PrintableText {
  /// `text` on one line: control characters and noncharacters (U+FFFE, U+FFFF…) left out;
  /// tabs, line and paragraph separators made spaces; a line break joined as a soft break is
  /// (nothing between two East Asian wide characters, else a space); runs of spaces made one;
  /// no spaces at either end.
  public static func line(_ text: String) -> String {
    var out = ""
    var pendingSpace = false
    var pendingBreak = false
    for character in text {
      if character.isNewline {
        pendingBreak = true
        continue
      }
      guard let kept = printable(character) else { continue }
      if kept == " " {
        pendingSpace = true
        continue
      }
      if !out.isEmpty {
        if pendingSpace {
          out += " "
        } else if pendingBreak {
          out += SoftBreak.joiner(after: out.last, before: kept)
        }
      }
      pendingSpace = false
      pendingBreak = false
      out.append(kept)
    }
    return out
  }

  /// The character as it should be shown: nil when it cannot be shown at all, a space for
  /// white space, itself otherwise (with unprintable scalars inside a cluster left out).
  static func printable(_ character: Character) -> Character? {
    if character == " " || character == "\t" { return " " }
    let view = character.unicodeScalars
    if view.count == 1, let only = view.first {
      // The common case, without building a new character.
      guard isPrintable(only) else { return nil }
      if only.value < 0x80 || only == "\u{3000}" { return character }
      return only.properties.generalCategory == .spaceSeparator ? " " : character
    }
    let scalars = view.filter(isPrintable)
    guard let first = scalars.first else { return nil }
    if scalars.count == 1 && first.properties.generalCategory == .spaceSeparator && first != "\u{3000}" { return " " }
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: scalars)
    return String(kept).first
  }

  /// Controls and noncharacters are not printable; everything else is.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return false }
    if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return false }
    return true
  }
}
