import ExportKit
import PrepModel

/// One step of the block walk. The walk keeps its own stack instead of recursing, so that
/// deeply nested quotes and lists cost memory, not the call stack.
enum BlockStep {
  /// The blocks of a sequence from a position on.
  case blocks(Blocks, Blocks.Index, BlockContext)
  /// The items of a list from a position on; `offset` counts the items before.
  case items(ListBlock, Int, offset: Int, BlockContext)
  case endItem
  /// The end of a list; for a top-level list of a part, its node: the answers follow it.
  case endList(answersAfter: UInt32?)
  case endQuote
}

extension OutlineWalk {
  /// Writes blocks in document order.
  mutating func blocks(_ blocks: Blocks, _ context: BlockContext) {
    var stack: [BlockStep] = [.blocks(blocks, blocks.startIndex, context)]
    while let step = stack.popLast() {
      switch step {
      case .blocks(let sequence, let position, let context):
        guard position < sequence.endIndex else { continue }
        stack.append(.blocks(sequence, sequence.index(after: position), context))
        block(sequence[position], context, &stack)
      case .items(let list, let position, let offset, let context):
        let items = list.items
        guard position < items.endIndex else { continue }
        stack.append(.items(list, items.index(after: position), offset: offset + 1, context))
        item(items[position], number: list.ordered ? list.number(at: offset) : offset + 1, context, &stack)
      case .endItem: renderer.endItem()
      case .endList(let node):
        renderer.endList()
        if let node { answers(after: node) }
      case .endQuote: renderer.endQuote()
      }
    }
  }

  private mutating func block(_ block: Block, _ context: BlockContext, _ stack: inout [BlockStep]) {
    switch block {
    case .paragraph(let inlines):
      inlineParagraph(context.paragraph(context.plainStyle), inlines)
    case .heading(_, let inlines):
      var p = context.paragraph(context.inAnswer ? .answerHeading : .subheading)
      p.keepWithNext = true
      inlineParagraph(p, inlines)
    case .list(let list):
      listSerial += 1
      renderer.beginList(
        ListStart(
          ordered: list.ordered, start: list.ordered ? list.start : 1, depth: context.listDepth, serial: listSerial))
      stack.append(.endList(answersAfter: context.placesAnswers ? list.node : nil))
      stack.append(.items(list, list.items.startIndex, offset: 0, context.insideList()))
    case .blockQuote(let inner):
      renderer.beginQuote()
      stack.append(.endQuote)
      stack.append(.blocks(inner, inner.startIndex, context.insideQuote()))
    case .codeBlock(_, let text):
      beginParagraph(context.paragraph(context.inAnswer ? .answerCode : .code))
      var first = true
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if !first { renderer.lineBreak() }
        first = false
        emit(line.last == "\r" ? line.dropLast() : line)
      }
      renderer.endParagraph()
    case .table(let table):
      self.table(table, context)
    case .thematicBreak:
      beginParagraph(context.paragraph(.horizontalRule))
      renderer.endParagraph()
    case .html(let html):
      let text = RawHTMLText.text(String(html), block: true)
      guard !text.isEmpty else { return }
      textParagraph(context.paragraph(context.plainStyle), text)
    }
  }

  /// A list item: its first paragraph carries the number (with ☐/☒ for a task); an item that
  /// opens with another block, or holds nothing, still gets a numbered paragraph of its own.
  private mutating func item(_ item: ListItem, number: Int, _ context: BlockContext, _ stack: inout [BlockStep]) {
    renderer.beginItem(ItemStart(number: number, task: item.task))
    stack.append(.endItem)
    var paragraph = context.paragraph(.listParagraph)
    paragraph.numbered = true
    beginParagraph(paragraph)
    switch item.task {
    case .open?: emit("☐ ")
    case .done?: emit("☒ ")
    case nil: break
    }
    let blocks = item.blocks
    var rest = blocks.startIndex
    if rest < blocks.endIndex {
      switch blocks[rest] {
      case .paragraph(let first):
        inlines(first)
        rest = blocks.index(after: rest)
      case .html(let html):
        emit(Substring(RawHTMLText.text(String(html), block: true)))
        rest = blocks.index(after: rest)
      default: break
      }
    }
    renderer.endParagraph()
    stack.append(.blocks(blocks, rest, context))
  }

  /// A GitHub table: the header row, then the body rows; every row has every column.
  private mutating func table(_ table: Table, _ context: BlockContext) {
    separateTables(context)
    tableSerial += 1
    let weights = ColumnWeights.of(table)
    let alignments = table.alignments
    renderer.beginTable(
      TableStart(
        columnWeights: weights, alignments: alignments, listDepth: context.listDepth, quoteDepth: context.quoteDepth,
        inAnswer: context.inAnswer, serial: tableSerial))
    var header = true
    for row in table.allRows {
      renderer.beginRow(header: header)
      var cells = row.makeIterator()
      for column in 0..<weights.count {
        renderer.beginCell(column: column)
        // A cell is its own column: no list or quote indent inside it.
        var paragraph = Paragraph(header ? .tableHeading : .tableText)
        paragraph.inAnswer = context.inAnswer
        paragraph.alignment = column < alignments.count ? alignments[column] : .none
        paragraph.keepWithNext = header
        inlineParagraph(paragraph, cells.next() ?? .none)
        renderer.endCell()
      }
      renderer.endRow()
      header = false
    }
    renderer.endTable()
    lastWasTable = true
  }
}
