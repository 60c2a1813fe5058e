/// Labels (SPEC §2.2): a paragraph that is only strong or emphasised text, optionally followed
/// by a colon; or a short plain paragraph (at most 40 display columns) that ends with a colon
/// and is followed by another block.
enum LabelRule {
  static let maximumPlainWidth = 40

  /// The label's inlines, without the colon, if the paragraph is a label.
  static func label(_ inlines: [Inline], followedByBlock: Bool) -> [Inline]? {
    // Most paragraphs are neither: a cheap look at the first and last runs rules them out
    // before anything is allocated.
    var meaningful = inlines.lazy.filter {
      if case .text(let s) = $0 { return !s.allSatisfy(\.isWhitespace) }
      return true
    }.makeIterator()
    if let first = meaningful.next() {
      var inner: [Inline]?
      switch first {
      case .strong(let c), .emphasis(let c): inner = c
      default: break
      }
      if let inner, !inner.isEmpty {
        let second = meaningful.next()
        let restIsColon =
          second == nil
          || (meaningful.next() == nil
            && { if case .text(let s)? = second { return isColon(s) } else { return false } }())
        if restIsColon { return strippingColon(inner) }
      }
    }
    guard followedByBlock, case .text(let last)? = inlines.last,
      last.hasSuffix(":") || last.hasSuffix("：") || last.last?.isWhitespace == true,
      inlines.allSatisfy({ if case .text = $0 { return true } else { return false } })
    else { return nil }
    let text = Inline.plainText(inlines).trimmingTrailingSpaces()
    guard text.hasSuffix(":") || text.hasSuffix("："), DisplayWidth.of(text) <= maximumPlainWidth else { return nil }
    return strippingColon(inlines)
  }

  private static func isColon(_ s: String) -> Bool {
    let t = s.trimmingCharacters(in: [" ", "\t", "\u{3000}"])
    return t == ":" || t == "："
  }

  /// Removes a trailing colon (and spaces) from the last text run.
  static func strippingColon(_ inlines: [Inline]) -> [Inline] {
    var out = inlines
    guard case .text(var s)? = out.last else { return out }
    s = s.trimmingTrailingSpaces()
    if s.hasSuffix(":") || s.hasSuffix("：") { s.removeLast() }
    s = s.trimmingTrailingSpaces()
    out.removeLast()
    if !s.isEmpty { out.append(.text(s)) }
    return out
  }
}
