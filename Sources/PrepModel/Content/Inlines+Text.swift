extension Inlines {
  /// The visible text, with soft breaks joined as SPEC §3.1 says (nothing between two East
  /// Asian wide characters, else a space) and hard breaks as line feeds. One linear pass over
  /// the nodes, whatever the nesting.
  public var plainText: String {
    var out = ""
    appendPlainText(to: &out)
    return out
  }

  /// Appends the visible text to `out`.
  public func appendPlainText(to out: inout String) {
    var index = range.lowerBound
    while index < range.upperBound {
      let node = store.nodes[Int(index)]
      switch node.kind {
      case .text, .code, .htmlInline: out += store.string(index)
      case .softBreak: out += SoftBreak.joiner(after: out.last, before: firstCharacter(after: index))
      case .hardBreak: out += "\n"
      case .title, .info, .alignments:
        index = node.end  // a link's title is not visible text
        continue
      default: break
      }
      index += 1
    }
  }

  /// The first visible character after the node at `index`, within this sequence.
  func firstCharacter(after index: UInt32) -> Character? { firstCharacter(from: index + 1) }

  /// The first visible character at or after the node at `start`, within this sequence.
  func firstCharacter(from start: UInt32) -> Character? {
    var next = start
    while next < range.upperBound {
      let node = store.nodes[Int(next)]
      switch node.kind {
      case .text, .code, .htmlInline:
        if node.length > 0 { return store.string(next).first }
      case .softBreak, .hardBreak: return nil
      case .title, .info, .alignments:
        next = node.end
        continue
      default: break
      }
      next += 1
    }
    return nil
  }

  /// The last visible character before the node at `index`, within this sequence.
  func lastCharacter(before index: UInt32) -> Character? {
    var last: Character?
    var scan = range.lowerBound
    while scan < index {
      let node = store.nodes[Int(scan)]
      switch node.kind {
      case .text, .code, .htmlInline: if node.length > 0 { last = store.string(scan).last }
      case .softBreak, .hardBreak: last = nil
      case .title, .info, .alignments:
        scan = node.end
        continue
      default: break
      }
      scan += 1
    }
    return last
  }

  /// What the soft break at `position` becomes: see `SoftBreak.joiner`. Neighbours are looked
  /// for across emphasis and links, within this sequence.
  public func softBreakJoiner(at position: Int) -> String {
    let index = UInt32(position)
    return SoftBreak.joiner(after: lastCharacter(before: index), before: firstCharacter(after: index))
  }

  /// The first visible character after the inline at `position`, within this sequence (across
  /// emphasis and links, not past a line break).
  public func firstCharacter(afterPosition position: Int) -> Character? { firstCharacter(after: UInt32(position)) }

  /// The first visible character.
  public var firstCharacter: Character? {
    firstCharacter(from: range.lowerBound)
  }

  /// The last visible character.
  public var lastCharacter: Character? { lastCharacter(before: range.upperBound) }
}

extension Inline {
  /// The visible text of one inline.
  public var plainText: String {
    switch self {
    case .text(let s), .code(let s), .html(let s): return String(s)
    case .softBreak: return " "
    case .hardBreak: return "\n"
    case .strong(let c), .emphasis(let c), .strikethrough(let c): return c.plainText
    case .link(_, _, let c): return c.plainText
    case .image(_, _, let alt): return alt.plainText
    }
  }

  /// The visible text of an inline sequence.
  public static func plainText(_ inlines: Inlines) -> String { inlines.plainText }
}
