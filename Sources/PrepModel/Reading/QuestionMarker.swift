/// Finds the questions of a topic and marks their list items with ids `<topic-id>/q<N>`.
enum QuestionMarker {
  static func mark(_ parts: inout [Part], topicID: String, asking: Bool) -> [Question] {
    var questions: [Question] = []
    var used: Set<Int> = []
    for p in parts.indices {
      for b in parts[p].blocks.indices {
        mark(
          &parts[p].blocks[b], topLevel: true, asking: asking, topicID: topicID, location: parts[p].location,
          questions: &questions, used: &used)
      }
    }
    return questions
  }

  private static func mark(
    _ block: inout Block, topLevel: Bool, asking: Bool, topicID: String, location: SourceLocation,
    questions: inout [Question], used: inout Set<Int>
  ) {
    guard case .list(var list) = block else { return }
    for i in list.items.indices {
      let text = firstParagraphText(list.items[i].blocks)
      if (topLevel && asking) || QuestionRules.endsWithQuestionMark(text) {
        var number = list.ordered ? list.number(at: i) : (questions.last?.number ?? 0) + 1
        while used.contains(number) { number += 1 }
        used.insert(number)
        let id = "\(topicID)/q\(number)"
        list.items[i].questionID = id
        questions.append(Question(id: id, number: number, text: text, location: location))
      }
      // Nested lists may hold questions too (those end with a question mark).
      for j in list.items[i].blocks.indices {
        mark(
          &list.items[i].blocks[j], topLevel: false, asking: false, topicID: topicID, location: location,
          questions: &questions, used: &used)
      }
    }
    block = .list(list)
  }

  private static func firstParagraphText(_ blocks: [Block]) -> String {
    for block in blocks { if case .paragraph(let inlines) = block { return Inline.plainText(inlines) } }
    return ""
  }
}
