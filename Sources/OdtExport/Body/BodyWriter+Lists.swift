import ExportKit

extension BodyWriter {
  /// A list with the named list style of its kind. Every top-level list is a new `text:list`
  /// with its own `xml:id` and no `text:continue-numbering`, so each restarts its numbering;
  /// a start other than 1 is the first item's `text:start-value`. Nested lists nest.
  mutating func list(_ list: ListBlock, _ context: BlockContext, stack: inout [BlockStep]) {
    listCount += 1
    xml.raw("<text:list xml:id=\"list\(listCount)\" text:style-name=\"")
    xml.raw(list.ordered ? StyleName.numbered : StyleName.bulleted)
    xml.raw("\">")
    if context.listDepth == 0 && !pendingAnswers.isEmpty {
      let ids = list.questionIDs
      if !ids.isEmpty { stack.append(.answers(ids)) }
    }
    stack.append(.close("</text:list>"))
    let inner = context.insideListItem()
    for (index, item) in list.items.enumerated().reversed() {
      let start = index == 0 && list.ordered && list.start != 1 ? max(list.start, 0) : nil
      stack.append(.item(item, startValue: start, inner))
    }
  }

  /// A list item: its first paragraph (with ☐/☑ for a task), then its other blocks. An item
  /// that opens with another block, or holds nothing, still gets a paragraph for its label.
  mutating func listItem(_ item: ListItem, startValue: Int?, _ context: BlockContext, stack: inout [BlockStep]) {
    xml.raw(startValue.map { "<text:list-item text:start-value=\"\($0)\">" } ?? "<text:list-item>")
    stack.append(.close("</text:list-item>"))
    let prefix: String
    switch item.task {
    case .open?: prefix = "☐ "
    case .done?: prefix = "☑ "
    case nil: prefix = ""
    }
    var rest = item.blocks[...]
    if case .paragraph(let inlines)? = rest.first {
      inlineParagraph(context.paragraphStyle, inlines, prefix: prefix)
      rest = rest.dropFirst()
    } else if !prefix.isEmpty || rest.isEmpty {
      textParagraph(context.paragraphStyle, prefix)
    }
    for block in rest.reversed() { stack.append(.block(block, context)) }
  }
}
