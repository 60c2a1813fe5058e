import CCmarkGFM

/// Builds model blocks from cmark's enter/exit events with an explicit stack of frames.
/// Frames are popped, changed and pushed back so that each array is uniquely referenced and
/// appends stay O(1) (a paragraph of a million runs or a list of a million items is linear).
struct TreeBuilder {
  /// One open container. Payloads live in arrays of a struct mutated in place through the
  /// stack's subscript, so every append is O(1) amortised: no copy of a growing array, even for
  /// a list of a million items or a document of a hundred thousand blocks.
  private struct Frame {
    enum Kind { case document, quote, item, list, table, row, inlines }
    var kind: Kind
    var nodeKind: NodeKind = .other
    var node: OpaquePointer?
    var location: SourceLocation
    var located: [LocatedBlock] = []
    var blocks: [Block] = []
    var inlines: [Inline] = []
    var items: [ListItem] = []
    var cells: [[Inline]] = []
    var list = ListBlock(ordered: false, items: [])
    var table = Table(alignments: [], header: [], rows: [])
    var task: ListItem.Task?
  }

  private var stack: [Frame]
  let file: String
  let lineOffset: Int

  init(file: String, lineOffset: Int) {
    self.file = file
    self.lineOffset = lineOffset
    stack = [Frame(kind: .document, location: SourceLocation(file: file, line: 1))]
  }

  /// How many frames are open below the document.
  var depth: Int { stack.count - 1 }

  private var top: Int { stack.count - 1 }

  func location(_ node: OpaquePointer) -> SourceLocation {
    SourceLocation(
      file: file, line: Int(cmark_node_get_start_line(node)) + lineOffset,
      column: max(1, Int(cmark_node_get_start_column(node))))
  }

  mutating func open(_ kind: NodeKind, _ node: OpaquePointer) {
    let loc = location(node)
    switch kind {
    case .blockQuote: stack.append(Frame(kind: .quote, location: loc))
    case .item:
      var frame = Frame(kind: .item, location: loc)
      if let name = cmark_node_get_type_string(node), String(cString: name) == "tasklist" {
        frame.task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? .done : .open
      }
      stack.append(frame)
    case .list:
      var frame = Frame(kind: .list, location: loc)
      let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
      frame.list = ListBlock(
        ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
        tight: cmark_node_get_list_tight(node) != 0, items: [])
      stack.append(frame)
    case .table:
      let columns = Int(cmark_gfm_extensions_get_table_columns(node))
      var alignments = [Table.Alignment](repeating: .none, count: columns)
      if let raw = cmark_gfm_extensions_get_table_alignments(node) {
        for i in 0..<columns {
          switch raw[i] {
          case UInt8(ascii: "l"): alignments[i] = .left
          case UInt8(ascii: "c"): alignments[i] = .center
          case UInt8(ascii: "r"): alignments[i] = .right
          default: break
          }
        }
      }
      var frame = Frame(kind: .table, location: loc)
      frame.table.alignments = alignments
      stack.append(frame)
    case .tableRow: stack.append(Frame(kind: .row, location: loc))
    default: stack.append(Frame(kind: .inlines, nodeKind: kind, node: node, location: loc))
    }
  }

  mutating func close() {
    guard stack.count > 1, var frame = stack.popLast() else { return }
    switch frame.kind {
    case .document: break
    case .quote: appendBlock(.blockQuote(frame.blocks), at: frame.location)
    case .item: appendItem(ListItem(blocks: frame.blocks, task: frame.task))
    case .list:
      frame.list.items = frame.items
      appendBlock(.list(frame.list), at: frame.location)
    case .table: appendBlock(.table(frame.table), at: frame.location)
    case .row:
      guard stack[top].kind == .table else { return }
      if stack[top].table.header.isEmpty && stack[top].table.rows.isEmpty {
        stack[top].table.header = frame.cells
      } else {
        stack[top].table.rows.append(frame.cells)
      }
    case .inlines:
      let inlines = frame.inlines
      let node = frame.node!
      switch frame.nodeKind {
      case .paragraph: appendBlock(.paragraph(inlines), at: frame.location)
      case .heading: appendBlock(.heading(level: Int(cmark_node_get_heading_level(node)), inlines), at: frame.location)
      case .tableCell: if stack[top].kind == .row { stack[top].cells.append(inlines) }
      case .emphasis: appendInline(.emphasis(inlines))
      case .strong: appendInline(.strong(inlines))
      case .strikethrough: appendInline(.strikethrough(inlines))
      case .link:
        appendInline(
          .link(
            url: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)),
            children: inlines))
      case .image:
        appendInline(
          .image(
            url: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)), alt: inlines))
      default: for inline in inlines { appendInline(inline) }
      }
    }
  }

  mutating func leaf(_ kind: NodeKind, _ node: OpaquePointer) {
    switch kind {
    case .text: appendInline(.text(Self.string(cmark_node_get_literal(node))))
    case .softBreak: appendInline(.softBreak)
    case .lineBreak: appendInline(.hardBreak)
    case .code: appendInline(.code(Self.string(cmark_node_get_literal(node))))
    case .htmlInline: appendInline(.html(Self.string(cmark_node_get_literal(node))))
    case .codeBlock:
      var text = Self.string(cmark_node_get_literal(node))
      if text.hasSuffix("\n") { text.removeLast() }
      appendBlock(.codeBlock(info: Self.string(cmark_node_get_fence_info(node)), text: text), at: location(node))
    case .htmlBlock:
      var text = Self.string(cmark_node_get_literal(node))
      while text.hasSuffix("\n") { text.removeLast() }
      appendBlock(.html(text), at: location(node))
    case .thematicBreak: appendBlock(.thematicBreak, at: location(node))
    default:
      let text = Self.string(cmark_node_get_literal(node))
      if !text.isEmpty { appendInline(.text(text)) }
    }
  }

  /// The document's top-level blocks.
  mutating func finish() -> [LocatedBlock] {
    while stack.count > 1 { close() }
    return stack[0].located
  }

  // MARK: appending to the innermost frame

  private mutating func appendBlock(_ block: Block, at loc: SourceLocation) {
    switch stack[top].kind {
    case .document: stack[top].located.append(LocatedBlock(block: block, location: loc))
    case .quote, .item: stack[top].blocks.append(block)
    // An item flattened away at the nesting limit: its blocks become an item of their own.
    case .list: stack[top].items.append(ListItem(blocks: [block]))
    case .inlines: stack[top].inlines.append(.text(Block.plainText([block])))
    case .table, .row: break
    }
  }

  private mutating func appendItem(_ item: ListItem) {
    if stack[top].kind == .list {
      stack[top].items.append(item)
    } else {
      appendBlock(.list(ListBlock(ordered: false, items: [item])), at: stack[top].location)
    }
  }

  private mutating func appendInline(_ inline: Inline) {
    guard stack[top].kind == .inlines else {
      appendBlock(.paragraph([inline]), at: stack[top].location)
      return
    }
    // cmark splits text at special characters; adjacent text runs are merged into one, in place.
    if case .text(let s) = inline, case .text? = stack[top].inlines.last,
      case .text(var previous) = stack[top].inlines.removeLast()
    {
      previous += s
      stack[top].inlines.append(.text(previous))
    } else {
      stack[top].inlines.append(inline)
    }
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
