/// Finds the questions of a topic (SPEC §2.2): the items of its lists whose first paragraph ends
/// with a question mark, and every item of a top-level list under a topic that holds questions
/// to ask. Items nested in items are looked at too, in document order.
enum QuestionMarker {
  static func questions(in parts: [Part], topicID: String, asking: Bool) -> [Question] {
    var questions: [Question] = []
    var used: Set<Int> = []
    for part in parts {
      for block in part.blocks {
        guard case .list(let list) = block else { continue }
        mark(list, asking: asking, topicID: topicID, location: part.location, questions: &questions, used: &used)
      }
    }
    return questions
  }

  /// Walks a top-level list and the lists nested directly in its items, with a stack of
  /// positions instead of recursion.
  private static func mark(
    _ top: ListBlock, asking: Bool, topicID: String, location: SourceLocation, questions: inout [Question],
    used: inout Set<Int>
  ) {
    struct Frame {
      var list: ListBlock
      var items: ListItems
      var position: Int
      var offset: Int
      var topLevel: Bool
    }
    var stack = [Frame(list: top, items: top.items, position: top.items.startIndex, offset: 0, topLevel: true)]
    while !stack.isEmpty {
      let last = stack.count - 1
      guard stack[last].position < stack[last].items.endIndex else {
        stack.removeLast()
        continue
      }
      let frame = stack[last]
      let item = frame.items[frame.position]
      stack[last].position = frame.items.index(after: frame.position)
      stack[last].offset += 1
      let first = firstParagraph(item.blocks)
      if (frame.topLevel && asking) || first.map(endsWithQuestionMark) == true {
        var number = frame.list.ordered ? frame.list.number(at: frame.offset) : (questions.last?.number ?? 0) + 1
        while used.contains(number) { number += 1 }
        used.insert(number)
        questions.append(
          Question(
            id: "\(topicID)/q\(number)", number: number, text: first?.plainText ?? "", location: location,
            item: item.node))
      }
      // Lists nested in the item, after the item itself; pushed in reverse so the first is next.
      var nested: [ListBlock] = []
      for block in item.blocks { if case .list(let inner) = block { nested.append(inner) } }
      for inner in nested.reversed() {
        stack.append(
          Frame(list: inner, items: inner.items, position: inner.items.startIndex, offset: 0, topLevel: false))
      }
    }
  }

  private static func firstParagraph(_ blocks: Blocks) -> Inlines? {
    for block in blocks { if case .paragraph(let inlines) = block { return inlines } }
    return nil
  }

  /// Whether the paragraph ends with a question mark: only its last runs are looked at.
  private static func endsWithQuestionMark(_ inlines: Inlines) -> Bool {
    var positions: [Int] = []
    var index = inlines.startIndex
    while index < inlines.endIndex {
      positions.append(index)
      if positions.count > 3 { positions.removeFirst() }
      index = inlines.index(after: index)
    }
    var tail = ""
    for position in positions { tail += inlines[position].plainText }
    return QuestionRules.endsWithQuestionMark(tail)
  }
}
