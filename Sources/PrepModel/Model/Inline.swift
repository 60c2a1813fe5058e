/// A run-level element of Markdown text. Exporters switch over it exhaustively, so adding a
/// case makes every exporter fail to compile until it handles the new kind.
public indirect enum Inline: Sendable, Equatable {
  case text(String)
  /// A line break in the source that is not a hard break: see `SoftBreak.joiner`.
  case softBreak
  case hardBreak
  case code(String)
  case strong([Inline])
  case emphasis([Inline])
  case strikethrough([Inline])
  /// A link or an autolink; `url` is what the user wrote, resolved by cmark-gfm.
  case link(url: String, title: String, children: [Inline])
  /// An image keeps its alternative text; the picture itself is not embedded.
  case image(url: String, title: String, alt: [Inline])
  /// Raw inline HTML, kept as text (tags are not interpreted).
  case html(String)
}

extension Inline {
  /// The visible text of an inline sequence, with soft breaks joined as SPEC §3.1 says.
  public static func plainText(_ inlines: [Inline]) -> String {
    var out = ""
    appendPlainText(inlines, to: &out)
    return out
  }

  static func appendPlainText(_ inlines: [Inline], to out: inout String) {
    for (index, inline) in inlines.enumerated() {
      switch inline {
      case .text(let s), .code(let s), .html(let s): out += s
      case .softBreak:
        let next = index + 1 < inlines.count ? Inline.firstCharacter(of: inlines[index + 1]) : nil
        out += SoftBreak.joiner(after: out.last, before: next)
      case .hardBreak: out += "\n"
      case .strong(let c), .emphasis(let c), .strikethrough(let c): appendPlainText(c, to: &out)
      case .link(_, _, let c): appendPlainText(c, to: &out)
      case .image(_, _, let alt): appendPlainText(alt, to: &out)
      }
    }
  }

  /// The first visible character of an inline, used to decide how a soft break joins.
  public static func firstCharacter(of inline: Inline) -> Character? {
    switch inline {
    case .text(let s), .code(let s), .html(let s): return s.first
    case .softBreak, .hardBreak: return nil
    case .strong(let c), .emphasis(let c), .strikethrough(let c): return c.first.flatMap(firstCharacter)
    case .link(_, _, let c): return c.first.flatMap(firstCharacter)
    case .image(_, _, let alt): return alt.first.flatMap(firstCharacter)
    }
  }

  /// The last visible character of an inline.
  public static func lastCharacter(of inline: Inline) -> Character? {
    switch inline {
    case .text(let s), .code(let s), .html(let s): return s.last
    case .softBreak, .hardBreak: return nil
    case .strong(let c), .emphasis(let c), .strikethrough(let c): return c.last.flatMap(lastCharacter)
    case .link(_, _, let c): return c.last.flatMap(lastCharacter)
    case .image(_, _, let alt): return alt.last.flatMap(lastCharacter)
    }
  }
}
