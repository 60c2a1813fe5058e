/// A block of Markdown content inside a topic, a part or an answer, read from the content
/// store. Top-level headings open topics and are not blocks of them; `.heading` is a heading
/// inside a block quote or a list item of the prep, or a sub-heading inside an answer.
public enum Block: Sendable, Equatable {
  case paragraph(Inlines)
  case heading(level: Int, Inlines)
  case list(ListBlock)
  case blockQuote(Blocks)
  /// A fenced or indented code block; `info` is the fence's info string ("text", "swift"…).
  case codeBlock(info: Substring, text: Substring)
  case table(Table)
  case thematicBreak
  /// Raw HTML, kept as its text; its tags are not interpreted.
  case html(Substring)

  /// The block at `index` of `store`.
  init(_ store: ContentStore, _ index: UInt32) {
    let node = store.nodes[Int(index)]
    switch node.kind {
    case .paragraph: self = .paragraph(Inlines(store, children: index))
    case .heading: self = .heading(level: Int(node.flags), Inlines(store, children: index))
    case .list: self = .list(ListBlock(store, index))
    case .blockQuote: self = .blockQuote(Blocks(store, children: index))
    case .codeBlock:
      self = .codeBlock(
        info: store.attribute(.info, of: index).map(store.string) ?? "", text: store.string(index))
    case .table: self = .table(Table(store, index))
    case .thematicBreak: self = .thematicBreak
    case .htmlBlock: self = .html(store.string(index))
    default: self = .paragraph(Inlines(store, children: index))  // inline nodes are never listed as blocks
    }
  }
}

/// A sequence of blocks (a part, an answer, a block quote's or a list item's content): a view
/// over the content store. An answer written under the same heading twice holds two runs.
public struct Blocks: Collection, Sendable, Equatable, ExpressibleByArrayLiteral, CustomDebugStringConvertible {
  let store: ContentStore
  /// The first run of sibling nodes (most sequences have one), and any further runs: kept apart
  /// so that the common case allocates nothing.
  private let firstRun: Range<UInt32>
  private let moreRuns: [Range<UInt32>]

  init(_ store: ContentStore, runs: [Range<UInt32>]) {
    self.store = store
    let kept = runs.filter { !$0.isEmpty }
    firstRun = kept.first ?? 0..<0
    moreRuns = Array(kept.dropFirst())
  }

  init(_ store: ContentStore, run: Range<UInt32>) {
    self.store = store
    firstRun = run
    moreRuns = []
  }

  /// Runs of sibling nodes, in order.
  var runs: [Range<UInt32>] { firstRun.isEmpty ? [] : [firstRun] + moreRuns }
  private var runCount: Int { firstRun.isEmpty ? 0 : 1 + moreRuns.count }
  private func run(_ index: Int) -> Range<UInt32> { index == 0 ? firstRun : moreRuns[index - 1] }

  /// The block children of the node at `parent`.
  init(_ store: ContentStore, children parent: UInt32) {
    self.init(store, run: store.firstContentChild(of: parent)..<store.nodes[Int(parent)].end)
  }

  /// Blocks built from values (tests).
  public init(_ elements: [Block]) {
    var builder = ContentBuilder()
    let root = builder.open(.blockQuote)
    for element in elements { builder.append(element) }
    builder.close()
    self.init(builder.finish(), children: root)
  }

  public init(arrayLiteral elements: Block...) { self.init(elements) }

  /// No blocks.
  public static let none = Blocks(ContentStore.empty, run: 0..<0)

  /// These blocks followed by `other`'s (which must come from the same document).
  public func appending(_ other: Blocks) -> Blocks {
    if other.runs.isEmpty { return self }
    if runs.isEmpty { return other }
    precondition(store === other.store, "blocks of one document")
    return Blocks(store, runs: runs + other.runs)
  }

  /// A position: the run and the node index within it.
  public struct Index: Comparable, Sendable {
    let run: Int
    let node: UInt32
    public static func < (a: Index, b: Index) -> Bool { (a.run, a.node) < (b.run, b.node) }
  }

  public var startIndex: Index { firstRun.isEmpty ? endIndex : Index(run: 0, node: firstRun.lowerBound) }
  public var endIndex: Index { Index(run: runCount, node: 0) }

  public func index(after i: Index) -> Index {
    let next = store.nodes[Int(i.node)].end
    if next < run(i.run).upperBound { return Index(run: i.run, node: next) }
    let following = i.run + 1
    return following < runCount ? Index(run: following, node: run(following).lowerBound) : endIndex
  }

  public subscript(position: Index) -> Block { Block(store, position.node) }

  /// The node ranges these blocks cover, for exporters that relate positions (which list holds
  /// which question).
  public var nodeRanges: [Range<UInt32>] { runs }

  public static func == (a: Blocks, b: Blocks) -> Bool { a.elementsEqual(b) }

  public var debugDescription: String { "Blocks(\(Array(self)))" }
}

/// An ordered or bullet list, with its own start number.
public struct ListBlock: Sendable, Equatable {
  let store: ContentStore
  /// The list's node: a question's item lies inside `nodeRange` when it belongs to this list.
  public let node: UInt32
  public var ordered: Bool { store.nodes[Int(node)].flags & ListFlags.ordered != 0 }
  /// The number of the first item (ordered lists honour the source's start).
  public var start: Int { Int(store.nodes[Int(node)].start) }
  /// Tight lists have no blank lines between items.
  public var tight: Bool { store.nodes[Int(node)].flags & ListFlags.tight != 0 }
  public var items: ListItems {
    ListItems(store: store, range: store.firstContentChild(of: node)..<nodeRange.upperBound)
  }
  /// The nodes of the list and everything in it.
  public var nodeRange: Range<UInt32> { node..<store.nodes[Int(node)].end }

  init(_ store: ContentStore, _ node: UInt32) {
    self.store = store
    self.node = node
  }

  /// The number shown for the item at `offset`, for ordered lists.
  public func number(at offset: Int) -> Int { start + offset }

  public static func == (a: ListBlock, b: ListBlock) -> Bool {
    a.ordered == b.ordered && a.start == b.start && a.tight == b.tight && a.items.elementsEqual(b.items)
  }
}

/// The items of a list.
public struct ListItems: Collection, Sendable {
  let store: ContentStore
  let range: Range<UInt32>
  public var startIndex: Int { Int(range.lowerBound) }
  public var endIndex: Int { Int(range.upperBound) }
  public func index(after i: Int) -> Int { Int(store.nodes[i].end) }
  public subscript(position: Int) -> ListItem { ListItem(store: store, node: UInt32(position)) }
}

/// One item of a list; task-list items carry their check state.
public struct ListItem: Sendable, Equatable {
  public enum Task: Sendable, Equatable { case open, done }
  let store: ContentStore
  /// The item's node (questions record it).
  public let node: UInt32
  public var blocks: Blocks { Blocks(store, children: node) }
  public var task: Task? {
    switch store.nodes[Int(node)].flags {
    case 1: return .open
    case 2: return .done
    default: return nil
    }
  }

  public static func == (a: ListItem, b: ListItem) -> Bool { a.task == b.task && a.blocks == b.blocks }
}

/// A GitHub-flavoured table: one header row and body rows of cells.
public struct Table: Sendable, Equatable {
  public enum Alignment: Sendable, Equatable { case none, left, center, right }
  let store: ContentStore
  let node: UInt32

  init(_ store: ContentStore, _ node: UInt32) {
    self.store = store
    self.node = node
  }

  /// The alignment of each column, as the delimiter row says.
  public var alignments: [Alignment] {
    guard let attribute = store.attribute(.alignments, of: node) else { return [] }
    return store.string(attribute).map {
      switch $0 {
      case "l": return .left
      case "c": return .center
      case "r": return .right
      default: return .none
      }
    }
  }

  /// All rows, the header first.
  public var allRows: TableRows {
    TableRows(store: store, range: store.firstContentChild(of: node)..<store.nodes[Int(node)].end)
  }

  /// The header row.
  public var header: TableRow { allRows.first ?? TableRow(store: store, node: node) }

  /// The body rows.
  public var rows: TableRows.SubSequence { allRows.dropFirst() }

  /// The number of columns: the widest row.
  public var columnCount: Int { max(alignments.count, allRows.map(\.count).max() ?? 0) }

  public static func == (a: Table, b: Table) -> Bool {
    a.alignments == b.alignments && a.allRows.elementsEqual(b.allRows)
  }
}

/// The rows of a table.
public struct TableRows: Collection, Sendable {
  let store: ContentStore
  let range: Range<UInt32>
  public var startIndex: Int { Int(range.lowerBound) }
  public var endIndex: Int { Int(range.upperBound) }
  public func index(after i: Int) -> Int { Int(store.nodes[i].end) }
  public subscript(position: Int) -> TableRow { TableRow(store: store, node: UInt32(position)) }
}

/// One row of a table: its cells' inlines.
public struct TableRow: Collection, Sendable, Equatable {
  let store: ContentStore
  let node: UInt32
  public var startIndex: Int { Int(store.nodes[Int(node)].kind == .tableRow ? node + 1 : store.nodes[Int(node)].end) }
  public var endIndex: Int { Int(store.nodes[Int(node)].end) }
  public func index(after i: Int) -> Int { Int(store.nodes[i].end) }
  public subscript(position: Int) -> Inlines { Inlines(store, children: UInt32(position)) }
  public static func == (a: TableRow, b: TableRow) -> Bool { a.elementsEqual(b) }
}
