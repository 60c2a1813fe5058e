/// Labels (SPEC §2.2): a paragraph that is only strong or emphasised text, optionally followed
/// by a colon; or a short plain paragraph (at most 40 display columns) that ends with a colon
/// and is followed by another block.
enum LabelRule {
  static let maximumPlainWidth = 40

  /// Whether the paragraph's inlines make a label.
  static func isLabel(_ inlines: Inlines, followedByBlock: Bool) -> Bool {
    guard mayBeLabel(inlines) else { return false }
    // Most paragraphs are neither: a cheap look at the first and last runs rules them out
    // before anything is allocated.
    var meaningful = inlines.lazy.filter {
      if case .text(let s) = $0 { return !s.allSatisfy(\.isWhitespace) }
      return true
    }.makeIterator()
    if let first = meaningful.next() {
      var inner: Inlines?
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
        if restIsColon { return true }
      }
    }
    guard followedByBlock, case .text(let last)? = inlines.last,
      last.hasSuffix(":") || last.hasSuffix("：") || last.last?.isWhitespace == true,
      inlines.allSatisfy({ if case .text = $0 { return true } else { return false } })
    else { return false }
    var text = Substring(inlines.plainText)
    while let c = text.last, c.isWhitespace { text = text.dropLast() }
    return (text.hasSuffix(":") || text.hasSuffix("：")) && DisplayWidth.of(text) <= maximumPlainWidth
  }

  /// A look at the last run alone, which rules out almost every paragraph of a bank: a label
  /// ends with strong or emphasised text, or with a colon (and maybe spaces).
  private static func mayBeLabel(_ inlines: Inlines) -> Bool {
    let store = inlines.store
    var last: UInt32?
    var index = inlines.range.lowerBound
    while index < inlines.range.upperBound {
      last = index
      index = store.nodes[Int(index)].end
    }
    guard let last else { return false }
    let node = store.nodes[Int(last)]
    switch node.kind {
    case .strong, .emphasis: return true
    case .text:
      var text = store.string(last).utf8[...]
      while let byte = text.last, byte == 0x20 || byte == 0x09 { text = text.dropLast() }
      // ":" or "：" (EF BC 9A), or text ending with spaces only (a colon run before it).
      return text.last == UInt8(ascii: ":") || text.suffix(3).elementsEqual([0xEF, 0xBC, 0x9A])
        || text.isEmpty || node.length != UInt32(text.count)
    default: return false
    }
  }

  private static func isColon(_ s: Substring) -> Bool {
    let t = s.trimmingCharacters(in: [" ", "\t", "\u{3000}"])
    return t == ":" || t == "："
  }
}
