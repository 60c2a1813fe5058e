/// Labels (SPEC §2.2): a paragraph that is only strong or emphasised text, optionally followed
/// by a colon; or a short plain paragraph (at most 40 display columns) that ends with a colon
/// and is followed by another block.
enum LabelRule {
  static let maximumPlainWidth = 40

  /// The label's inlines, without the colon, if the paragraph is a label.
  static func label(_ inlines: [Inline], followedByBlock: Bool) -> [Inline]? {
    let meaningful = inlines.filter {
      if case .text(let s) = $0 { return !s.allSatisfy(\.isWhitespace) }
      return true
    }
    if let first = meaningful.first {
      var inner: [Inline]?
      switch first {
      case .strong(let c), .emphasis(let c): inner = c
      default: break
      }
      if let inner {
        let rest = meaningful.dropFirst()
        let restIsColon =
          rest.isEmpty
          || (rest.count == 1 && { if case .text(let s) = rest.first! { return isColon(s) } else { return false } }())
        if restIsColon, !inner.isEmpty { return strippingColon(inner) }
      }
    }
    guard followedByBlock, !inlines.isEmpty,
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
