/// When a list item is a question (SPEC §2.2). Kept in one place, easy to extend.
public enum QuestionRules {
  /// Words in a topic's title that say its lists are questions to ask the interviewer.
  public static let askingTopicWords = [
    "对面试官的问题", "面试官的问题", "反问", "提问", "问面试官", "對面試官的問題", "反問", "逆質問", "面接官への質問", "質問したいこと",
    "questions to ask", "questions for the interviewer", "questions for them", "ask the interviewer",
    "reverse questions", "questions for you",
  ]

  /// Whether a topic title says that it holds questions to ask.
  public static func isAskingTopic(_ title: String) -> Bool {
    let folded = title.lowercased()
    return askingTopicWords.contains { folded.containsBytes($0) }
  }

  /// Closing quotes, brackets and emphasis marks ignored after a question mark.
  static let trailingClosers: Set<Character> = [
    "\"", "'", "”", "’", "」", "』", ")", "）", "]", "】", "》", "〉", "*", "_", " ", "\u{3000}",
  ]

  /// Whether text ends with `?` or `？`, ignoring closing quotes and brackets.
  public static func endsWithQuestionMark(_ text: String) -> Bool {
    var last = text.endIndex
    while last > text.startIndex {
      let previous = text.index(before: last)
      let c = text[previous]
      if c == "?" || c == "？" { return true }
      if !trailingClosers.contains(c) && !c.isNewline { return false }
      last = previous
    }
    return false
  }
}
