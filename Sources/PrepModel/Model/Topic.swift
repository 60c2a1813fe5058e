/// A heading and everything under it up to the next heading of the same or a higher level.
public struct Topic: Sendable, Equatable {
  /// The explicit `{#id}` or a unique slug of the title.
  public var id: String
  public var title: Inlines
  /// The heading level in the source (1…6).
  public var level: Int
  /// Where the heading is: file, line, column.
  public var location: SourceLocation
  /// The content, split at labels. The first part has no label when content precedes the first label.
  public var parts: [Part]
  /// The questions of this topic, in document order.
  public var questions: [Question]
  /// The user's answer to the topic itself, if any.
  public var answer: Answer?
  public var subtopics: [Topic]

  public init(
    id: String, title: Inlines, level: Int, location: SourceLocation, parts: [Part] = [],
    questions: [Question] = [], answer: Answer? = nil, subtopics: [Topic] = []
  ) {
    self.id = id
    self.title = title
    self.level = level
    self.location = location
    self.parts = parts
    self.questions = questions
    self.answer = answer
    self.subtopics = subtopics
  }

  /// The title as plain text.
  public var titleText: String { title.plainText }

  /// Whether the topic has any content of its own or an answer (subtopics aside).
  public var hasMaterial: Bool {
    answer != nil || questions.contains { $0.answer != nil } || parts.contains { !$0.blocks.isEmpty || $0.label != nil }
  }

  /// The question with this id, if it belongs to this topic.
  public func question(withID id: String) -> Question? { questions.first { $0.id == id } }
}

/// A run of a topic's content opened by a label, with the role read from the label's words.
public struct Part: Sendable, Equatable {
  /// The label's paragraph exactly as written (its colon included); nil for content before the
  /// first label.
  public var label: Inlines?
  public var role: PartRole
  public var blocks: Blocks
  public var location: SourceLocation

  public init(label: Inlines?, role: PartRole, blocks: Blocks, location: SourceLocation) {
    self.label = label
    self.role = role
    self.blocks = blocks
    self.location = location
  }

  /// The label's words: its text without the trailing colon, or nil.
  public var labelText: String? { label.map { LabelText.words($0.plainText) } }
}

/// A label's words without the colon that makes it a label.
public enum LabelText {
  /// `要点：` → `要点`, `Key points:` → `Key points`.
  public static func words(_ text: String) -> String {
    var s = Substring(text)
    while let last = s.last, last.isWhitespace { s = s.dropLast() }
    if s.last == ":" || s.last == "：" { s = s.dropLast() }
    while let last = s.last, last.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}

/// A list item that is a question: one that ends with a question mark, or any item of a list
/// directly under a topic that holds questions to ask.
public struct Question: Sendable, Equatable {
  /// `<topic-id>/q<N>`.
  public var id: String
  /// N: the number shown for the item.
  public var number: Int
  /// The text of the item's first paragraph.
  public var text: String
  public var answer: Answer?
  public var location: SourceLocation
  /// The list item's node: the answer follows the top-level list whose `nodeRange` holds it.
  public var item: UInt32?

  public init(
    id: String, number: Int, text: String, answer: Answer? = nil, location: SourceLocation, item: UInt32? = nil
  ) {
    self.id = id
    self.number = number
    self.text = text
    self.answer = answer
    self.location = location
    self.item = item
  }
}

/// The user's answer, read from the answers file.
public struct Answer: Sendable, Equatable {
  public var blocks: Blocks
  /// Where the answer's heading is.
  public var location: SourceLocation

  public init(blocks: Blocks, location: SourceLocation) {
    self.blocks = blocks
    self.location = location
  }
}

/// An answer heading that matched no topic: kept, reported, and rendered in an appendix.
public struct UnmatchedAnswer: Sendable, Equatable {
  public var heading: Inlines
  public var blocks: Blocks
  public var location: SourceLocation
  /// The closest topic titles, best first.
  public var suggestions: [String]

  public init(heading: Inlines, blocks: Blocks, location: SourceLocation, suggestions: [String]) {
    self.heading = heading
    self.blocks = blocks
    self.location = location
    self.suggestions = suggestions
  }

  public var headingText: String { heading.plainText }
}
