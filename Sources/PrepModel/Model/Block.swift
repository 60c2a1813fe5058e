/// A block of Markdown content inside a topic, a part or an answer. Headings do not appear
/// here in prep material (they open topics); `.heading` is used only for sub-headings inside
/// an answer or an unmatched answer, which are content there.
public indirect enum Block: Sendable, Equatable {
  case paragraph([Inline])
  case heading(level: Int, [Inline])
  case list(ListBlock)
  case blockQuote([Block])
  /// A fenced or indented code block; `info` is the fence's info string ("text", "swift"…).
  case codeBlock(info: String, text: String)
  case table(Table)
  case thematicBreak
  /// Raw HTML, kept as its text; its tags are not interpreted.
  case html(String)
}

/// An ordered or bullet list, with its own start number.
public struct ListBlock: Sendable, Equatable {
  public var ordered: Bool
  /// The number of the first item (ordered lists honour the source's start).
  public var start: Int
  /// Tight lists have no blank lines between items.
  public var tight: Bool
  public var items: [ListItem]

  public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [ListItem]) {
    self.ordered = ordered
    self.start = start
    self.tight = tight
    self.items = items
  }

  /// The number shown for the item at `index`, for ordered lists.
  public func number(at index: Int) -> Int { start + index }
}

/// One item of a list; task-list items carry their check state.
public struct ListItem: Sendable, Equatable {
  public enum Task: Sendable, Equatable { case open, done }
  public var blocks: [Block]
  public var task: Task?
  /// Set when this item is a question (SPEC §2.2): its id, `<topic-id>/q<N>`.
  public var questionID: String?

  public init(blocks: [Block], task: Task? = nil, questionID: String? = nil) {
    self.blocks = blocks
    self.task = task
    self.questionID = questionID
  }
}

/// A GitHub-flavoured table: one header row and body rows of cells.
public struct Table: Sendable, Equatable {
  public enum Alignment: Sendable, Equatable { case none, left, center, right }
  public var alignments: [Alignment]
  public var header: [[Inline]]
  public var rows: [[[Inline]]]

  public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
    self.alignments = alignments
    self.header = header
    self.rows = rows
  }
}

extension Block {
  /// The visible text of blocks, one line per paragraph-like block, for plain renderings and
  /// for matching text in tests.
  public static func plainText(_ blocks: [Block]) -> String {
    var lines: [String] = []
    var stack: [Block] = blocks.reversed()
    while let block = stack.popLast() {
      switch block {
      case .paragraph(let inlines), .heading(_, let inlines): lines.append(Inline.plainText(inlines))
      case .list(let list): stack.append(contentsOf: list.items.flatMap(\.blocks).reversed())
      case .blockQuote(let inner): stack.append(contentsOf: inner.reversed())
      case .codeBlock(_, let text), .html(let text): lines.append(text)
      case .table(let table):
        for row in [table.header] + table.rows { lines.append(row.map(Inline.plainText).joined(separator: " ")) }
      case .thematicBreak: break
      }
    }
    return lines.joined(separator: "\n")
  }
}
