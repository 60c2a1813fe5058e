import ExportKit

extension BodyWriter {
  /// One step of the block walk. The walk keeps its own stack instead of recursing, so that
  /// 100,000 nested quotes or list levels cost memory, not the call stack.
  enum BlockStep {
    case block(Block, BlockContext)
    /// A list item: its first paragraph carries the number.
    case item(ListItem, numID: Int, level: Int, BlockContext)
    /// After a top-level list: the answers to the questions it holds.
    case answers([String], BlockContext)
  }

  /// Writes blocks in document order.
  mutating func blocks(_ blocks: [Block], _ context: BlockContext) {
    var stack: [BlockStep] = blocks.reversed().map { .block($0, context) }
    while let step = stack.popLast() {
      switch step {
      case .block(let block, let context): self.block(block, context, stack: &stack)
      case .item(let item, let numID, let level, let context):
        listItem(item, numID: numID, level: level, context, stack: &stack)
      case .answers(let ids, let context):
        for id in ids {
          guard let question = pendingAnswers.removeValue(forKey: id), let answer = question.answer else { continue }
          answerBox(caption: localized.answerCaption(question: question.number), answer.blocks, context)
        }
      }
    }
  }

  private mutating func block(_ block: Block, _ context: BlockContext, stack: inout [BlockStep]) {
    switch block {
    case .paragraph(let inlines):
      let style = plainStyle(context)
      openParagraph(style, indent: indent(context.indent, default: defaultIndent(style)))
      runs(inlines, [])
      closeParagraph()
    case .heading(_, let inlines):
      openParagraph(.answerHeading, keepNext: true, indent: indent(context.indent, default: 0))
      runs(inlines, [])
      closeParagraph()
    case .list(let list):
      let level = min(context.listDepth, ListNumbering.maximumLevel)
      let numID = numbering.newList(ordered: list.ordered, level: level, start: list.ordered ? list.start : 1)
      if context.listDepth == 0 && !pendingAnswers.isEmpty {
        let ids = list.questionIDs
        if !ids.isEmpty { stack.append(.answers(ids, context)) }
      }
      for item in list.items.reversed() { stack.append(.item(item, numID: numID, level: level, context)) }
    case .blockQuote(let inner):
      let quoted = context.insideQuote()
      for child in inner.reversed() { stack.append(.block(child, quoted)) }
    case .codeBlock(_, let text):
      codeBlock(text, context)
    case .table(let table):
      self.table(table, context)
    case .thematicBreak:
      openParagraph(.horizontalRule, indent: indent(context.indent, default: 0))
      closeParagraph()
    case .html(let html):
      let text = RawHTMLText.text(html, block: true)
      guard !text.isEmpty else { return }
      let style = plainStyle(context)
      openParagraph(style, indent: indent(context.indent, default: defaultIndent(style)))
      self.text(text, [])
      closeParagraph()
    }
  }

  /// The style of a plain paragraph here: Quote in a quote, List Paragraph for the further
  /// paragraphs of a list item, else Normal or Answer.
  func plainStyle(_ context: BlockContext) -> StyleID {
    if context.quoteDepth > 0 { return .quote }
    if context.listDepth > 0 && context.paragraphStyle == .normal { return .listParagraph }
    return context.paragraphStyle
  }

  /// The left indent a style gives by itself (Templates/docx/styles.xml).
  func defaultIndent(_ style: StyleID) -> Int {
    switch style {
    case .quote: return BlockContext.quoteStep
    case .sourceCode: return 113
    default: return 0
    }
  }

  /// A direct indent when the context's differs from the style's own.
  func indent(_ left: Int, default styleIndent: Int) -> Int? { left == styleIndent ? nil : left }

  /// A code block: one Source Code paragraph, lines kept with line breaks, tabs as tabs.
  mutating func codeBlock(_ text: String, _ context: BlockContext) {
    openParagraph(.sourceCode, indent: indent(context.indent + 113, default: 113))
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.count > 1 && lines.last?.isEmpty == true { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      if index > 0 { runElement("<w:br/>", []) }
      let line = line.last == "\r" ? line.dropLast() : line
      var first = true
      for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
        if !first { runElement("<w:tab/>", []) }
        first = false
        self.text(String(piece), [])
      }
    }
    closeParagraph()
  }
}
