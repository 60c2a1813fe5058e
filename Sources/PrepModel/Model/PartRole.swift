/// What a part of a topic holds, read from its label's words.
public enum PartRole: String, Sendable, Equatable, CaseIterable, Codable {
  case keyPoints = "key-points"
  case guidance
  case sampleAnswer = "sample-answer"
  case general

  /// The words that give a label its role, checked in this order: the first role whose word
  /// appears in the label wins (so `总结一下话术` is key points, not a sample answer).
  /// Extend a language by adding its words here; matching ignores case.
  public static let keywords: [(role: PartRole, words: [String])] = [
    (
      .keyPoints,
      [
        "总结", "要点", "小结", "关键词", "骨架", "提纲", "總結", "要點", "關鍵詞", "まとめ", "要約", "キーワード",
        "summary", "key points", "keywords", "key words", "outline", "takeaways", "tl;dr",
      ]
    ),
    (
      .guidance,
      ["原则", "注意", "技巧", "原則", "ポイント", "コツ", "principles", "principle", "tips", "guidance", "dos and don'ts"]
    ),
    (
      .sampleAnswer,
      ["话术", "示例", "范例", "回答", "例", "話術", "話し方", "回答例", "sample", "example", "script", "answer"]
    ),
  ]

  /// The role for a label's text.
  public static func forLabel(_ label: String) -> PartRole {
    let folded = label.lowercased()
    for entry in keywords where entry.words.contains(where: { folded.containsBytes($0) }) {
      return entry.role
    }
    return .general
  }
}
