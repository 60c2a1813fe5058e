/// Which characters are East Asian wide, for the soft-break rule and for labels' width.
/// The width data itself lives in `DisplayWidth`.
public enum EastAsian {
  /// Whether the character is East Asian wide or fullwidth (display width 2), judged by its
  /// first scalar: a Han character, kana, hangul, fullwidth form or wide emoji.
  public static func isWide(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return DisplayWidth.isWide(scalar)
  }
}
