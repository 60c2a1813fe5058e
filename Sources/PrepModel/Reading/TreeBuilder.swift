import CCmarkGFM

/// Builds model blocks from cmark's enter/exit events with an explicit stack of frames.
/// Frames are popped, changed and pushed back so that each array is uniquely referenced and
/// appends stay O(1) (a paragraph of a million runs or a list of a million items is linear).
struct TreeBuilder {
  private enum Frame {
    case document([LocatedBlock])
    case quote([Block], SourceLocation)
    case item([Block], ListItem.Task?)
    case list(ListBlock, SourceLocation)
    case table(Table, SourceLocation)
    case row([[Inline]])
    case inlines(NodeKind, [Inline], node: OpaquePointer, location: SourceLocation)
  }

  private var stack: [Frame] = [.document([])]
  let file: String
  let lineOffset: Int

  init(file: String, lineOffset: Int) {
    self.file = file
    self.lineOffset = lineOffset
  }

  /// How many frames are open below the document.
  var depth: Int { stack.count - 1 }

  func location(_ node: OpaquePointer) -> SourceLocation {
    SourceLocation(
      file: file, line: Int(cmark_node_get_start_line(node)) + lineOffset,
      column: max(1, Int(cmark_node_get_start_column(node))))
  }

  mutating func open(_ kind: NodeKind, _ node: OpaquePointer) {
    switch kind {
    case .blockQuote: stack.append(.quote([], location(node)))
    case .item:
      var task: ListItem.Task?
      if let name = cmark_node_get_type_string(node), String(cString: name) == "tasklist" {
        task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? .done : .open
      }
      stack.append(.item([], task))
    case .list:
      let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
      let list = ListBlock(
        ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
        tight: cmark_node_get_list_tight(node) != 0, items: [])
      stack.append(.list(list, location(node)))
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
      stack.append(.table(Table(alignments: alignments, header: [], rows: []), location(node)))
    case .tableRow: stack.append(.row([]))
    default: stack.append(.inlines(kind, [], node: node, location: location(node)))
    }
  }

  mutating func close() {
    guard stack.count > 1, let frame = stack.popLast() else { return }
    switch frame {
    case .document: break
    case .quote(let blocks, let loc): appendBlock(.blockQuote(blocks), at: loc)
    case .item(let blocks, let task): appendItem(ListItem(blocks: blocks, task: task))
    case .list(let list, let loc): appendBlock(.list(list), at: loc)
    case .table(let table, let loc): appendBlock(.table(table), at: loc)
    case .row(let cells):
      guard case .table(var table, let loc) = stack.popLast() else { return }
      if table.header.isEmpty && table.rows.isEmpty { table.header = cells } else { table.rows.append(cells) }
      stack.append(.table(table, loc))
    case .inlines(let kind, let inlines, let node, let loc):
      switch kind {
      case .paragraph: appendBlock(.paragraph(inlines), at: loc)
      case .heading: appendBlock(.heading(level: Int(cmark_node_get_heading_level(node)), inlines), at: loc)
      case .tableCell:
        guard case .row(var cells) = stack.popLast() else { return }
        cells.append(inlines)
        stack.append(.row(cells))
      case .emphasis: appendInline(.emphasis(inlines))
      case .strong: appendInline(.strong(inlines))
      case .strikethrough: appendInline(.strikethrough(inlines))
      case .link:
        appendInline(.link(url: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)), children: inlines))
      case .image:
        appendInline(.image(url: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)), alt: inlines))
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
    if case .document(let blocks) = stack[0] { return blocks }
    return []
  }

  // MARK: appending to the innermost frame

  private mutating func appendBlock(_ block: Block, at loc: SourceLocation) {
    switch stack.popLast()! {
    case .document(var blocks):
      blocks.append(LocatedBlock(block: block, location: loc))
      stack.append(.document(blocks))
    case .quote(var blocks, let l):
      blocks.append(block)
      stack.append(.quote(blocks, l))
    case .item(var blocks, let task):
      blocks.append(block)
      stack.append(.item(blocks, task))
    case .list(let list, let l):
      // An item flattened away at the nesting limit: its blocks become an item of their own.
      stack.append(.list(list, l))
      appendItem(ListItem(blocks: [block]))
    case .inlines(let kind, var inlines, let n, let l):
      inlines.append(.text(Block.plainText([block])))
      stack.append(.inlines(kind, inlines, node: n, location: l))
    case let other: stack.append(other)
    }
  }

  private mutating func appendItem(_ item: ListItem) {
    if case .list(var list, let loc) = stack.last! {
      stack.removeLast()
      list.items.append(item)
      stack.append(.list(list, loc))
    } else {
      appendBlock(.list(ListBlock(ordered: false, items: [item])), at: SourceLocation(file: file, line: 1))
    }
  }

  private mutating func appendInline(_ inline: Inline) {
    guard case .inlines(let kind, var inlines, let node, let loc) = stack.last! else {
      appendBlock(.paragraph([inline]), at: SourceLocation(file: file, line: 1))
      return
    }
    stack.removeLast()
    // cmark splits text at special characters; adjacent text runs are merged into one.
    if case .text(let s) = inline, case .text(var previous)? = inlines.last {
      inlines.removeLast()
      previous += s
      inlines.append(.text(previous))
    } else {
      inlines.append(inline)
    }
    stack.append(.inlines(kind, inlines, node: node, location: loc))
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
