/// Display width in terminal columns, per grapheme cluster. A first version; the cue-card
/// issue replaces the ranges with a table generated from Unicode data.
public enum DisplayWidth {
  /// Whether the scalar is East Asian wide (W) or fullwidth (F).
  public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default: return false
    }
  }

  /// The width of one grapheme cluster.
  public static func of(_ character: Character, ambiguousIsWide: Bool = false) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
    return isWide(first) ? 2 : 1
  }

  /// The width of a string: the sum over its grapheme clusters.
  public static func of<S: StringProtocol>(_ text: S, ambiguousIsWide: Bool = false) -> Int {
    text.reduce(0) { $0 + of($1, ambiguousIsWide: ambiguousIsWide) }
  }
}
