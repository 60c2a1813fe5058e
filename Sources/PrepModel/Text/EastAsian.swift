/// Which characters are East Asian wide, for the soft-break rule and for labels' width.
/// The width table itself lives in `DisplayWidth`.
public enum EastAsian {
  /// Whether the character is East Asian wide or fullwidth (display width 2).
  public static func isWide(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return DisplayWidth.isWide(scalar)
  }
}
