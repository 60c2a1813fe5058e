import ExportKit

/// The points of a run of blocks (a part or an answer): its list items, else the non-empty
/// lines of its code blocks (prep notes keep keyword lists and outlines in ```text blocks),
/// else its prose: a point per sentence, a point per table row; else the first line of each
/// block.
public enum PointExtraction {
  /// Points in two lengths: every sentence of prose (`all`), or the first sentence of each
  /// paragraph (`brief`). Lists, code and tables are the same in both.
  public struct Points: Sendable, Equatable {
    public var all: [CardPoint]
    public var brief: [CardPoint]

    public init(all: [CardPoint] = [], brief: [CardPoint]? = nil) {
      self.all = all
      self.brief = brief ?? all
    }

    public var isEmpty: Bool { all.isEmpty }

    /// Appends `other` to both lengths.
    public mutating func append(_ other: Points) {
      all += other.all
      brief += other.brief
    }

    /// Appends points that are the same in both lengths.
    public mutating func append(_ points: [CardPoint]) {
      all += points
      brief += points
    }
  }

  /// The points of `blocks`, by the first rule that finds any.
  public static func points<S: Sequence<Block>>(of blocks: S) -> Points {
    let lists = listItems(in: blocks)
    if !lists.isEmpty { return Points(all: lists) }
    let code = codeLines(in: blocks)
    if !code.isEmpty { return Points(all: code) }
    let text = prose(in: blocks)
    if !text.isEmpty { return text }
    return Points(all: firstLines(of: blocks))
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
      case .codeBlock(let info, let text): return lines(ofCode: text, info: info, depth: 0)
      case .blockQuote(let inner): return codeLines(in: inner)
      default: return []
      }
    }
  }

  /// The prose among `blocks` (and in block quotes), in order: a point per sentence of each
  /// paragraph (brief: its first sentence), a point per table row, a label per heading.
  public static func prose<S: Sequence<Block>>(in blocks: S) -> Points {
    var points = Points()
    for block in blocks {
      switch block {
      case .paragraph(let inlines):
        // Sentences of printable text are printable: no second pass over them.
        let sentences = Sentences.all(of: PrintableText.line(Inline.plainText(inlines))).map {
          CardPoint(marker: CardPoint.bullet, text: $0)
        }
        points.all += sentences
        points.brief += sentences.prefix(1)
      case .heading(_, let inlines):
        let text = PrintableText.line(Inline.plainText(inlines))
        if !text.isEmpty { points.append([CardPoint.label(text)]) }
      case .table(let table): points.append(tableRows(table))
      case .blockQuote(let inner): points.append(prose(in: inner))
      case .list, .codeBlock, .thematicBreak, .html: break
      }
    }
    return points
  }

  /// A point per body row of a table: `first cell: the other cells` (the header row names the
  /// columns and is not a point). Empty cells are left out.
  public static func tableRows(_ table: Table) -> [CardPoint] {
    table.rows.compactMap { row -> CardPoint? in
      let cells = row.map { PrintableText.line(Inline.plainText($0)) }.filter { !$0.isEmpty }
      guard let first = cells.first else { return nil }
      let rest = cells.dropFirst().joined(separator: " / ")
      guard !rest.isEmpty else { return CardPoint(marker: CardPoint.bullet, text: first) }
      let colon = first.last.map(EastAsian.isWide) == true ? "：" : ": "
      return CardPoint(marker: CardPoint.bullet, text: first + colon + rest)
    }
  }

  /// The first line of the text of each block (raw HTML, thematic breaks…), as a bullet:
  /// the last resort, so that a card is never blank when its topic has content.
  public static func firstLines<S: Sequence<Block>>(of blocks: S) -> [CardPoint] {
    bullets(blocks.map { Block.plainText([$0]).split(whereSeparator: \.isNewline).first.map(String.init) ?? "" })
  }

  private static func bullets(_ texts: [String]) -> [CardPoint] {
    texts.map(PrintableText.line).filter { !$0.isEmpty }.map { CardPoint(marker: CardPoint.bullet, text: $0) }
  }

  /// Fences that hold notes rather than program code: their lines are shown as text.
  static let textInfoStrings: Set<String> = ["", "text", "txt", "plain", "plaintext", "md", "markdown"]

  private static func lines<T: StringProtocol, I: StringProtocol>(ofCode code: T, info: I, depth: Int) -> [CardPoint] {
    let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
    let kind: CardPoint.Kind = textInfoStrings.contains(language) ? .item : .code
    return code.split(whereSeparator: \.isNewline).map { PrintableText.line(String($0)) }.filter { !$0.isEmpty }.map {
      CardPoint(marker: CardPoint.bullet, text: $0, depth: depth, kind: kind)
    }
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
        case .codeBlock(let info, let code): points += lines(ofCode: code, info: info, depth: childDepth)
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
      case .table, .html: return Block.plainText([block])
      case .list, .codeBlock, .thematicBreak: return nil
      }
    }
    return PrintableText.line(texts.joined(separator: "\n"))
  }
}
