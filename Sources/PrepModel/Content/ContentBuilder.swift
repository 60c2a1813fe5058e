/// Builds a content store node by node: containers are opened and closed, leaves appended,
/// text appended once into the store's one string. Adjacent text runs of one parent become one
/// run (cmark splits text at every special character).
struct ContentBuilder {
  private(set) var nodes: [ContentNode] = []
  private(set) var text = ""
  /// Open containers, innermost last.
  private(set) var openNodes: [UInt32] = []
  /// Whether the last node is a text run of the innermost open container (then the next text
  /// run extends it).
  private var lastIsOpenText = false
  /// Containers opened again, with their end before, so that a rewind can restore them.
  private var reopened: [(node: UInt32, end: UInt32)] = []

  init(capacity: Int = 0) {
    if capacity > 0 {
      nodes.reserveCapacity(capacity / 12)
      text.reserveCapacity(capacity)
    }
  }

  /// The number of nodes so far: the index the next node gets.
  var count: UInt32 { UInt32(nodes.count) }

  /// The UTF-8 length of the text so far.
  var textCount: UInt32 { UInt32(text.utf8.count) }

  /// The innermost open container, if any.
  var current: UInt32? { openNodes.last }

  /// Opens a container; `start` and `length` as `ContentNode` says for its kind.
  @discardableResult
  mutating func open(_ kind: ContentKind, flags: UInt8 = 0, start: UInt32 = 0, length: UInt32 = 0) -> UInt32 {
    let index = count
    nodes.append(ContentNode(kind: kind, flags: flags, end: index + 1, start: start, length: length))
    openNodes.append(index)
    lastIsOpenText = false
    return index
  }

  /// Opens a container again that was closed last (a list continued in the next parse chunk).
  mutating func reopen(_ index: UInt32) {
    precondition(nodes[Int(index)].end == count, "only the last closed container can be reopened")
    reopened.append((index, nodes[Int(index)].end))
    openNodes.append(index)
    lastIsOpenText = false
  }

  /// Closes the innermost container.
  mutating func close() {
    guard let index = openNodes.popLast() else { return }
    nodes[Int(index)].end = count
    lastIsOpenText = false
  }

  /// Appends a leaf without text.
  mutating func leaf(_ kind: ContentKind, flags: UInt8 = 0) {
    let index = count
    nodes.append(ContentNode(kind: kind, flags: flags, end: index + 1, start: 0, length: 0))
    lastIsOpenText = false
  }

  /// Appends a leaf holding `string`; a text run right after another of the same parent
  /// extends it instead.
  mutating func leaf<S: StringProtocol>(_ kind: ContentKind, _ string: S, flags: UInt8 = 0) {
    let start = textCount
    text += string
    let length = textCount - start
    if kind == .text && lastIsOpenText, let last = nodes.last, last.start + last.length == start {
      nodes[nodes.count - 1].length += length
      return
    }
    let index = count
    nodes.append(ContentNode(kind: kind, flags: flags, end: index + 1, start: start, length: length))
    lastIsOpenText = kind == .text
  }

  /// Adds text to the store without a node of its own (a link's URL, held by the link node);
  /// returns its offset and length.
  mutating func store<S: StringProtocol>(_ string: S) -> (start: UInt32, length: UInt32) {
    let start = textCount
    text += string
    lastIsOpenText = false
    return (start, textCount - start)
  }

  /// Changes the text range of a text node (a heading's `{#id}` taken off its title).
  mutating func setText(of index: UInt32, start: UInt32, length: UInt32) {
    nodes[Int(index)].start = start
    nodes[Int(index)].length = length
  }

  /// Marks a list loose or tight.
  mutating func setFlags(of index: UInt32, _ flags: UInt8) { nodes[Int(index)].flags = flags }

  /// The node at `index` as built so far.
  func node(_ index: UInt32) -> ContentNode { nodes[Int(index)] }

  /// A saved position, for undoing a parse chunk.
  struct Mark {
    let nodes: Int
    let text: String.Index
    let open: Int
    let reopened: Int
  }

  var mark: Mark {
    Mark(nodes: nodes.count, text: text.endIndex, open: openNodes.count, reopened: reopened.count)
  }

  /// Undoes everything after `mark` (the chunk is parsed again with the next one).
  mutating func rewind(to mark: Mark) {
    nodes.removeSubrange(mark.nodes...)
    text.removeSubrange(mark.text...)
    openNodes.removeSubrange(mark.open...)
    for (node, end) in reopened[mark.reopened...].reversed() { nodes[Int(node)].end = end }
    reopened.removeSubrange(mark.reopened...)
    lastIsOpenText = false
  }

  /// The finished store.
  func finish() -> ContentStore { ContentStore(nodes: nodes, text: text) }
}

extension ContentBuilder {
  /// Appends a copy of an inline value and its children (for values made in code; a parsed
  /// document is built from cmark's events instead).
  mutating func append(_ inline: Inline) {
    switch inline {
    case .text(let s): leaf(.text, s)
    case .softBreak: leaf(.softBreak)
    case .hardBreak: leaf(.hardBreak)
    case .code(let s): leaf(.code, s)
    case .html(let s): leaf(.htmlInline, s)
    case .strong(let c): container(.strong, c)
    case .emphasis(let c): container(.emphasis, c)
    case .strikethrough(let c): container(.strikethrough, c)
    case .link(let url, let title, let c): linkLike(.link, url, title, c)
    case .image(let url, let title, let alt): linkLike(.image, url, title, alt)
    }
  }

  private mutating func container(_ kind: ContentKind, _ children: Inlines) {
    open(kind)
    for child in children { append(child) }
    close()
  }

  private mutating func linkLike(_ kind: ContentKind, _ url: Substring, _ title: Substring, _ children: Inlines) {
    let (start, length) = store(url)
    open(kind, start: start, length: length)
    leaf(.title, title)
    for child in children { append(child) }
    close()
  }

  /// Appends a copy of a block value and its content.
  mutating func append(_ block: Block) {
    switch block {
    case .paragraph(let inlines): inlineContainer(.paragraph, 0, inlines)
    case .heading(let level, let inlines): inlineContainer(.heading, UInt8(clamping: level), inlines)
    case .list(let list):
      let flags = (list.ordered ? ListFlags.ordered : 0) | (list.tight ? ListFlags.tight : 0)
      open(
        .list, flags: flags, start: UInt32(clamping: list.start), length: UInt32(UInt8(ascii: list.ordered ? "." : "-"))
      )
      for item in list.items {
        open(.item, flags: item.task == .open ? 1 : item.task == .done ? 2 : 0)
        for child in item.blocks { append(child) }
        close()
      }
      close()
    case .blockQuote(let inner):
      open(.blockQuote)
      for child in inner { append(child) }
      close()
    case .codeBlock(let info, let text):
      let (start, length) = store(text)
      open(.codeBlock, start: start, length: length)
      leaf(.info, info)
      close()
    case .table(let table):
      open(.table)
      leaf(
        .alignments,
        String(
          table.alignments.map { a -> Character in
            switch a {
            case .left: return "l"
            case .center: return "c"
            case .right: return "r"
            case .none: return "n"
            }
          }))
      for row in table.allRows {
        open(.tableRow)
        for cell in row { inlineContainer(.tableCell, 0, cell) }
        close()
      }
      close()
    case .thematicBreak: leaf(.thematicBreak)
    case .html(let s): leaf(.htmlBlock, s)
    }
  }

  private mutating func inlineContainer(_ kind: ContentKind, _ flags: UInt8, _ inlines: Inlines) {
    open(kind, flags: flags)
    for inline in inlines { append(inline) }
    close()
  }
}

extension ContentBuilder {
  /// Text of the store being built.
  func slice(start: UInt32, length: UInt32) -> Substring {
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: Int(start))
    return text[from..<utf8.index(from, offsetBy: Int(length))]
  }
}
