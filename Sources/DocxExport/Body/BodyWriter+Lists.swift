import ExportKit

extension BodyWriter {
  /// A list item: its first paragraph numbered (with ☐/☑ for a task), the rest of its
  /// blocks indented under the text. An item that opens with another block still gets its
  /// number, on a paragraph of its own.
  mutating func listItem(_ item: ListItem, numID: Int, level: Int, _ context: BlockContext, stack: inout [BlockStep]) {
    let left = min(context.indent + BlockContext.listStep, BlockContext.maximumIndent)
    let numberingIndent = BlockContext.listStep * (level + 1)
    openParagraph(
      .listParagraph, numbering: (numID, level), indent: left == numberingIndent ? nil : left,
      hanging: BlockContext.listStep)
    switch item.task {
    case .open?: text("☐ ", [])
    case .done?: text("☑ ", [])
    case nil: break
    }
    var rest = item.blocks[...]
    switch rest.first {
    case .paragraph(let inlines)?:
      runs(inlines, [])
      rest = rest.dropFirst()
    case .html(let html)?:
      text(RawHTMLText.text(html, block: true), [])
      rest = rest.dropFirst()
    default: break
    }
    closeParagraph()
    let inner = context.insideListItem()
    for block in rest.reversed() { stack.append(.block(block, inner)) }
  }
}
