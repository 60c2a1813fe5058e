import CCmarkGFM

/// Turns one cmark-gfm document (a parse piece) into content-store nodes, walking cmark's
/// enter/exit events with its iterator: no recursion, whatever the nesting.
///
/// Block containers (quotes, lists) nested deeper than `maximumDepth`, and inline containers
/// (emphasis, links…) nested deeper than that within a paragraph, are flattened into their
/// ancestor: their text is kept, only the extra nesting is lost. A list item always goes with
/// its list, so the innermost block container is never a bare list.
struct CmarkConverter {
  static let maximumDepth = 32

  let file: String
  /// The file's index among the reader's file names.
  let fileIndex: UInt32
  let lineOffset: Int
  var lines: LineStarts
  /// A list node of the previous piece that this piece's first list continues.
  let continuedList: UInt32?
  private(set) var flattenedAt: SourceLocation?

  /// One entry per open cmark container: whether it was written as a node.
  private var open: [(kind: NodeKind, written: Bool)] = []
  private var blockDepth = 0
  /// The last line cmark gave a node.
  private var lastLine = 0
  private var inlineDepth = 0

  init(
    file: String, fileIndex: UInt32, lineOffset: Int, source: UnsafeBufferPointer<UInt8>, continuedList: UInt32?,
    lastLine: Int = 0
  ) {
    self.file = file
    self.fileIndex = fileIndex
    self.lineOffset = lineOffset
    self.lines = LineStarts(source)
    self.continuedList = continuedList
    self.lastLine = lastLine
  }

  /// Where a node starts. cmark-gfm gives line 0 to a paragraph that the table extension split
  /// off a table; it then takes the line of the block before it.
  mutating func location(_ node: OpaquePointer) -> SourceLocation {
    let line = Int(cmark_node_get_start_line(node))
    if line > 0 { lastLine = line + lineOffset }
    return SourceLocation(file: file, line: max(lastLine, 1), column: max(1, Int(cmark_node_get_start_column(node))))
  }

  mutating func convert(_ document: OpaquePointer, into builder: inout ContentBuilder, located: inout [LocatedBlock]) {
    let iter = cmark_iter_new(document)!
    defer { cmark_iter_free(iter) }
    var first = true
    while true {
      let event = cmark_iter_next(iter)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iter) else { continue }
      let kind = NodeKind(node)
      if kind == .document { continue }
      let topLevel = builder.openNodes.isEmpty
      if kind.isLeaf {
        if event == CMARK_EVENT_ENTER {
          if topLevel {
            located.append(LocatedBlock(node: builder.count, location: location(node), file: fileIndex))
            first = false
          }
          leaf(kind, node, into: &builder)
        }
        continue
      }
      if event == CMARK_EVENT_ENTER {
        if topLevel && first && kind == .list, let continuedList {
          // One list across two pieces is loose if either part is.
          if cmark_node_get_list_tight(node) == 0 {
            builder.setFlags(of: continuedList, builder.node(continuedList).flags & ~ListFlags.tight)
          }
          builder.reopen(continuedList)
          open.append((kind, true))
          blockDepth += 1
        } else {
          if topLevel { located.append(LocatedBlock(node: builder.count, location: location(node), file: fileIndex)) }
          enter(kind, node, into: &builder)
        }
        first = false
      } else {
        exit(into: &builder)
      }
    }
  }

  private mutating func enter(_ kind: NodeKind, _ node: OpaquePointer, into builder: inout ContentBuilder) {
    switch kind {
    case .blockQuote, .list:
      guard blockDepth < Self.maximumDepth else { return skip(kind, node) }
      blockDepth += 1
      if kind == .blockQuote {
        builder.open(.blockQuote)
      } else {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let flags = (ordered ? ListFlags.ordered : 0) | (cmark_node_get_list_tight(node) != 0 ? ListFlags.tight : 0)
        let marker = builder.openNodes.isEmpty ? lines.listMarker(node) ?? 0 : 0
        builder.open(
          .list, flags: flags, start: ordered ? UInt32(clamping: cmark_node_get_list_start(node)) : 1,
          length: UInt32(marker))
      }
    case .item:
      // An item goes with its list: skipped when its list was.
      guard let parent = open.last, parent.kind == .list, parent.written else { return skip(kind, node) }
      var task: UInt8 = 0
      if let name = cmark_node_get_type_string(node), String(cString: name) == "tasklist" {
        task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? 2 : 1
      }
      builder.open(.item, flags: task)
    case .emphasis, .strong, .strikethrough, .link, .image:
      guard inlineDepth < Self.maximumDepth else { return skip(kind, node) }
      inlineDepth += 1
      switch kind {
      case .emphasis: builder.open(.emphasis)
      case .strong: builder.open(.strong)
      case .strikethrough: builder.open(.strikethrough)
      default:
        let (start, length) = builder.store(Self.string(cmark_node_get_url(node)))
        builder.open(kind == .link ? .link : .image, start: start, length: length)
        builder.leaf(.title, Self.string(cmark_node_get_title(node)))
      }
    case .paragraph: builder.open(.paragraph)
    case .heading: builder.open(.heading, flags: UInt8(clamping: cmark_node_get_heading_level(node)))
    case .table:
      builder.open(.table)
      let columns = Int(cmark_gfm_extensions_get_table_columns(node))
      var alignments = ""
      if let raw = cmark_gfm_extensions_get_table_alignments(node) {
        for i in 0..<columns {
          switch raw[i] {
          case UInt8(ascii: "l"): alignments += "l"
          case UInt8(ascii: "c"): alignments += "c"
          case UInt8(ascii: "r"): alignments += "r"
          default: alignments += "n"
          }
        }
      }
      builder.leaf(.alignments, alignments)
    case .tableRow: builder.open(.tableRow)
    case .tableCell: builder.open(.tableCell)
    default:
      // Containers this reader does not know (extensions) keep their content in place.
      return skip(kind, node)
    }
    open.append((kind, true))
  }

  private mutating func skip(_ kind: NodeKind, _ node: OpaquePointer) {
    if kind.isFlattenable && flattenedAt == nil { flattenedAt = location(node) }
    open.append((kind, false))
  }

  private mutating func exit(into builder: inout ContentBuilder) {
    guard let (kind, written) = open.popLast() else { return }
    guard written else { return }
    switch kind {
    case .blockQuote, .list: blockDepth -= 1
    case .emphasis, .strong, .strikethrough, .link, .image: inlineDepth -= 1
    default: break
    }
    builder.close()
  }

  private mutating func leaf(_ kind: NodeKind, _ node: OpaquePointer, into builder: inout ContentBuilder) {
    switch kind {
    case .text: builder.leaf(.text, Self.string(cmark_node_get_literal(node)))
    case .softBreak: builder.leaf(.softBreak)
    case .lineBreak: builder.leaf(.hardBreak)
    case .code: builder.leaf(.code, Self.string(cmark_node_get_literal(node)))
    case .htmlInline: builder.leaf(.htmlInline, Self.string(cmark_node_get_literal(node)))
    case .codeBlock:
      var text = Self.string(cmark_node_get_literal(node))
      if text.hasSuffix("\n") { text.removeLast() }
      let (start, length) = builder.store(text)
      builder.open(.codeBlock, start: start, length: length)
      builder.leaf(.info, Self.string(cmark_node_get_fence_info(node)))
      builder.close()
    case .htmlBlock:
      var text = Self.string(cmark_node_get_literal(node))
      while text.hasSuffix("\n") { text.removeLast() }
      builder.leaf(.htmlBlock, text)
    case .thematicBreak: builder.leaf(.thematicBreak)
    default:
      let text = Self.string(cmark_node_get_literal(node))
      if !text.isEmpty { builder.leaf(.text, text) }
    }
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
