import ExportKit

/// The points of a run of blocks (a part or an answer): its list items, else the non-empty
/// lines of its code blocks (prep notes keep keyword lists and outlines in ```text blocks),
/// else the first sentence of each paragraph, else the first line of each block.
public enum PointExtraction {
  /// The points of `blocks`, by the first rule that finds any.
  public static func points<S: Sequence<Block>>(of blocks: S) -> [CardPoint] {
    let rules: [() -> [CardPoint]] = [
      { listItems(in: blocks) }, { codeLines(in: blocks) }, { firstSentences(in: blocks) }, { firstLines(of: blocks) },
    ]
    for rule in rules {
      let points = rule()
      if !points.isEmpty { return points }
    }
    return []
  }

  /// Every item of the lists among `blocks` (and in block quotes), numbered as shown, with
  /// nested lists as sub-points. Items without text are left out.
  public static func listItems<S: Sequence<Block>>(in blocks: S) -> [CardPoint] {
    var points: [CardPoint] = []
    for block in blocks {
      switch block {
      case .list(let list): appendItems(of: list, depth: 0, to: &points)
      case .blockQuote(let inner): points += listItems(in: inner)
      default: break
      }
    }
    return points
  }

  /// Each non-empty line of the code blocks among `blocks`, as a bullet.
  public static func codeLines<S: Sequence<Block>>(in blocks: S) -> [CardPoint] {
    blocks.flatMap { block -> [CardPoint] in
      switch block {
      case .codeBlock(_, let text): return bullets(text.split(whereSeparator: \.isNewline).map(String.init))
      case .blockQuote(let inner): return codeLines(in: inner)
      default: return []
      }
    }
  }

  /// The first sentence of each paragraph among `blocks` (and in block quotes), as a bullet.
  public static func firstSentences<S: Sequence<Block>>(in blocks: S) -> [CardPoint] {
    blocks.flatMap { block -> [CardPoint] in
      switch block {
      case .paragraph(let inlines): return bullets([Sentences.first(of: PrintableText.line(Inline.plainText(inlines)))])
      case .blockQuote(let inner): return firstSentences(in: inner)
      default: return []
      }
    }
  }

  /// The first line of the text of each block (tables, raw HTML, headings…), as a bullet:
  /// the last resort, so that a card is never blank when its topic has content.
  public static func firstLines<S: Sequence<Block>>(of blocks: S) -> [CardPoint] {
    bullets(blocks.map { Blocks([$0]).plainText.split(whereSeparator: \.isNewline).first.map(String.init) ?? "" })
  }

  private static func bullets(_ texts: [String]) -> [CardPoint] {
    texts.map(PrintableText.line).filter { !$0.isEmpty }.map { CardPoint(marker: CardPoint.bullet, text: $0) }
  }

  private static func appendItems(of list: ListBlock, depth: Int, to points: inout [CardPoint]) {
    for (index, item) in list.items.enumerated() {
      let text = itemText(item)
      let marker =
        switch item.task {
        case .done: "[x]"
        case .open: "[ ]"
        case nil: list.ordered ? "\(list.number(at: index))." : CardPoint.bullet
        }
      if !text.isEmpty { points.append(CardPoint(marker: marker, text: text, depth: depth)) }
      let childDepth = text.isEmpty ? depth : depth + 1
      for block in item.blocks {
        switch block {
        case .list(let nested): appendItems(of: nested, depth: childDepth, to: &points)
        case .codeBlock(_, let code):
          points += bullets(code.split(whereSeparator: \.isNewline).map(String.init)).map {
            CardPoint(marker: $0.marker, text: $0.text, depth: childDepth)
          }
        default: break
        }
      }
    }
  }

  /// The text of an item's own paragraphs (not its nested lists), on one line.
  private static func itemText(_ item: ListItem) -> String {
    let texts = item.blocks.compactMap { block -> String? in
      switch block {
      case .paragraph(let inlines), .heading(_, let inlines): return Inline.plainText(inlines)
      case .blockQuote(let inner): return Block.plainText(inner)
      case .table, .html: return Blocks([block]).plainText
      case .list, .codeBlock, .thematicBreak: return nil
      }
    }
    return PrintableText.line(texts.joined(separator: "\n"))
  }
}
