/// How a soft line break of the source is rendered (SPEC §3.1): a space, except between two
/// East Asian wide characters, where it becomes nothing, so that Chinese or Japanese text
/// wrapped in the source does not gain spaces.
public enum SoftBreak {
  /// The text that replaces a soft break between `before` and `after`.
  public static func joiner(after previous: Character?, before next: Character?) -> String {
    guard let previous, let next else { return " " }
    return EastAsian.isWide(previous) && EastAsian.isWide(next) ? "" : " "
  }

  /// Given the inlines around the soft break at `index`, the text that replaces it.
  public static func joiner(in inlines: [Inline], at index: Int) -> String {
    let previous = index > 0 ? Inline.lastCharacter(of: inlines[index - 1]) : nil
    let next = index + 1 < inlines.count ? Inline.firstCharacter(of: inlines[index + 1]) : nil
    return joiner(after: previous, before: next)
  }
}
