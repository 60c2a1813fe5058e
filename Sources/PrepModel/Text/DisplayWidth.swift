/// Display width in terminal columns, per grapheme cluster, as a monospace font shows text:
/// East Asian wide and fullwidth 2, marks and format characters 0, emoji sequences 2,
/// ambiguous width as the CJK monospace fonts draw it in a CJK context (`AmbiguousWidth`) and
/// 1 elsewhere. The data is `WidthTable`, generated from the Unicode Character Database by
/// `scripts/generate-width-table`, and `AmbiguousWidthTable`, measured in the fonts by
/// `scripts/generate-ambiguous-widths`.
public enum DisplayWidth {
  /// The Unicode version of the width data.
  public static let unicodeVersion = WidthTable.unicodeVersion

  /// Whether the scalar is East Asian wide (W) or fullwidth (F).
  public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x1100 && contains(WidthTable.wide, scalar.value)
  }

  /// Whether the scalar is East Asian ambiguous (A): “ ” … — · ① and box drawing, among others.
  public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0xA1 && contains(WidthTable.ambiguous, scalar.value)
  }

  /// Whether the scalar takes no column of its own: combining marks, variation selectors,
  /// zero-width joiners and other format characters, controls.
  public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return true }
    return v >= 0xAD && contains(WidthTable.zero, v)
  }

  /// Whether the scalar can start an emoji sequence (Emoji or Extended_Pictographic).
  public static func isEmoji(_ scalar: Unicode.Scalar) -> Bool { contains(WidthTable.emoji, scalar.value) }

  /// The width of one scalar on its own.
  public static func of(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth = .narrow) -> Int {
    let v = scalar.value
    if v < 0x7F { return v < 0x20 ? 0 : 1 }
    if isZeroWidth(scalar) { return 0 }
    if isWide(scalar) { return 2 }
    return ambiguous.isWide(scalar) ? 2 : 1
  }

  /// The width of one grapheme cluster. An emoji sequence (ZWJ sequence, flag, keycap, emoji
  /// with VS16 or a skin tone) is 2; otherwise the sum of its scalars, so that `e` + U+0301
  /// is 1 and half-width katakana with a half-width voiced mark (ｶﾞ, one cluster) is 2, as
  /// terminals show them.
  public static func of(_ character: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 { return of(first, ambiguous: ambiguous) }
    if isEmojiSequence(scalars) { return 2 }
    return scalars.reduce(0) { $0 + of($1, ambiguous: ambiguous) }
  }

  /// The width of a string: the sum over its grapheme clusters.
  public static func of<S: StringProtocol>(_ text: S, ambiguous: AmbiguousWidth = .narrow) -> Int {
    var total = 0
    for character in text { total += of(character, ambiguous: ambiguous) }
    return total
  }

  /// Whether a multi-scalar cluster is shown as one emoji picture.
  static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
    guard let first = scalars.first else { return false }
    if isRegionalIndicator(first) { return scalars.dropFirst().contains(where: isRegionalIndicator) }
    guard isEmoji(first) else { return false }
    return scalars.contains { s in
      s.value == 0xFE0F || s.value == 0x200D || s.value == 0x20E3 || (0x1F3FB...0x1F3FF).contains(s.value)
    }
  }

  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar.value) }

  /// Binary search over a flat, sorted list of (first, last) pairs.
  static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
    var low = 0
    var high = table.count / 2
    while low < high {
      let mid = (low + high) / 2
      if value < table[2 * mid] {
        high = mid
      } else if value > table[2 * mid + 1] {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }
}
