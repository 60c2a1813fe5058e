/// How a soft line break of the source is rendered (SPEC §3.1): a space, except between two
/// East Asian wide characters, where it becomes nothing, so that Chinese or Japanese text
/// wrapped in the source does not gain spaces.
public enum SoftBreak {
  /// The text that replaces a soft break between `before` and `after`.
  public static func joiner(after previous: Character?, before next: Character?) -> String {
    guard let previous, let next else { return " " }
    return EastAsian.isWide(previous) && EastAsian.isWide(next) ? "" : " "
  }
}
