/// Finds the questions of a topic and marks their list items with ids `<topic-id>/q<N>`.
///
/// Lists without questions are only read, never rewritten: rewriting every list block of a
/// large bank would reallocate it for nothing.
enum QuestionMarker {
  static func mark(_ parts: inout [Part], topicID: String, asking: Bool) -> [Question] {
    var questions: [Question] = []
    var used: Set<Int> = []
    for p in parts.indices {
      for b in parts[p].blocks.indices where holdsQuestion(parts[p].blocks[b], asking: asking) {
        mark(
          &parts[p].blocks[b], topLevel: true, asking: asking, topicID: topicID, location: parts[p].location,
          questions: &questions, used: &used)
      }
    }
    return questions
  }

  /// Whether a block is a list holding a question, at any depth.
  private static func holdsQuestion(_ block: Block, asking: Bool) -> Bool {
    guard case .list(let list) = block else { return false }
    if asking && !list.items.isEmpty { return true }
    for item in list.items {
      if endsWithQuestionMark(item.blocks) { return true }
      if item.blocks.contains(where: { holdsQuestion($0, asking: false) }) { return true }
    }
    return false
  }

  private static func mark(
    _ block: inout Block, topLevel: Bool, asking: Bool, topicID: String, location: SourceLocation,
    questions: inout [Question], used: inout Set<Int>
  ) {
    guard case .list(var list) = block else { return }
    block = .thematicBreak  // release the old box so that `list` is uniquely referenced
    for i in list.items.indices {
      if (topLevel && asking) || endsWithQuestionMark(list.items[i].blocks) {
        var number = list.ordered ? list.number(at: i) : (questions.last?.number ?? 0) + 1
        while used.contains(number) { number += 1 }
        used.insert(number)
        let id = "\(topicID)/q\(number)"
        list.items[i].questionID = id
        questions.append(
          Question(id: id, number: number, text: firstParagraphText(list.items[i].blocks), location: location))
      }
      // Nested lists may hold questions too (those end with a question mark).
      for j in list.items[i].blocks.indices where holdsQuestion(list.items[i].blocks[j], asking: false) {
        mark(
          &list.items[i].blocks[j], topLevel: false, asking: false, topicID: topicID, location: location,
          questions: &questions, used: &used)
      }
    }
    block = .list(list)
  }

  /// Whether the item's first paragraph ends with a question mark: only its last runs are
  /// looked at, not the whole text.
  private static func endsWithQuestionMark(_ blocks: [Block]) -> Bool {
    for block in blocks {
      guard case .paragraph(let inlines) = block else { continue }
      var tail = ""
      for inline in inlines.suffix(3) { Inline.appendPlainText([inline], to: &tail) }
      return QuestionRules.endsWithQuestionMark(tail)
    }
    return false
  }

  private static func firstParagraphText(_ blocks: [Block]) -> String {
    for block in blocks { if case .paragraph(let inlines) = block { return Inline.plainText(inlines) } }
    return ""
  }
}
