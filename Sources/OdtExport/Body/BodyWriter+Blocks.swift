import ExportKit

extension BodyWriter {
  /// One step of the block walk. The walk keeps its own stack instead of recursing, so that
  /// deeply nested quotes and lists cost memory, not the call stack.
  enum BlockStep {
    case block(Block, BlockContext)
    /// A list item; `startValue` on the first item of a list that does not start at 1.
    case item(ListItem, startValue: Int?, BlockContext)
    /// Markup that closes an element opened by an earlier step.
    case close(StaticString)
    /// After a top-level list: the answers to the questions it holds.
    case answers([String])
  }

  /// Writes blocks in document order.
  mutating func blocks(_ blocks: [Block], _ context: BlockContext) {
    var stack: [BlockStep] = blocks.reversed().map { .block($0, context) }
    while let step = stack.popLast() {
      switch step {
      case .block(let block, let context): self.block(block, context, stack: &stack)
      case .item(let item, let startValue, let context): listItem(item, startValue: startValue, context, stack: &stack)
      case .close(let markup): xml.raw(markup)
      case .answers(let ids):
        for id in ids {
          guard let question = pendingAnswers.removeValue(forKey: id), let answer = question.answer else { continue }
          answerBox(caption: localized.answerCaption(question: question.number), answer.blocks)
        }
      }
    }
  }

  private mutating func block(_ block: Block, _ context: BlockContext, stack: inout [BlockStep]) {
    switch block {
    case .paragraph(let inlines):
      inlineParagraph(context.paragraphStyle, inlines)
    case .heading(_, let inlines):
      inlineParagraph(context.headingStyle, inlines)
    case .list(let list):
      self.list(list, context, stack: &stack)
    case .blockQuote(let inner):
      let quoted = context.insideQuote()
      for child in inner.reversed() { stack.append(.block(child, quoted)) }
    case .codeBlock(_, let text):
      openParagraph(context.codeStyle)
      self.text(text.hasSuffix("\n") ? String(text.dropLast()) : text)
      closeParagraph()
    case .table(let table):
      if context.listDepth > 0 {
        // ODF lists cannot hold tables: each row becomes a paragraph, cells apart by tabs.
        tableAsParagraphs(table, context)
      } else {
        self.table(table)
      }
    case .thematicBreak:
      emptyParagraph(StyleName.horizontalLine)
    case .html(let html):
      let text = RawHTMLText.text(html, block: true)
      guard !text.isEmpty else { return }
      textParagraph(context.paragraphStyle, text)
    }
  }
}
