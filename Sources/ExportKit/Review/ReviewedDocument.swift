/// What a reviewed DOCX or ODT holds, read by its format's review reader: the outline, every
/// mark the reviewer left, and how its text compares with what prepexport wrote.
public struct ReviewedDocument: Sendable {
  /// The headings, in document order.
  public var topics: [ReviewTopic]
  /// Comments, changes and notes, in document order (header and footer marks last).
  public var items: [FeedbackItem]
  /// The body's text, one section per heading (the first is what precedes the first heading).
  public var sections: [ReviewSection]
  /// The custom document properties (DOCX `docProps/custom.xml`, ODT `meta:user-defined`).
  public var customProperties: [String: String]
  /// What prepexport recorded in the file when it wrote it, if it did.
  public var recorded: RecordedFingerprint?

  public init(
    topics: [ReviewTopic], items: [FeedbackItem], sections: [ReviewSection], customProperties: [String: String],
    recorded: RecordedFingerprint?
  ) {
    self.topics = topics
    self.items = items
    self.sections = sections
    self.customProperties = customProperties
    self.recorded = recorded
  }

  /// Whether prepexport wrote the file (it carries a recorded fingerprint).
  public var isOurs: Bool { recorded != nil }

  /// Every section whose untracked text outside the mentor-notes boxes changed.
  public var foreignSections: [Int] {
    guard let recorded else { return [] }
    return recorded.changedSections(sections.map(\.digestWithoutNotes))
  }
}

/// The text of one section of the body: a heading and what follows it up to the next one.
public struct ReviewSection: Sendable {
  /// The section's topic; nil for the text before the first heading.
  public var topic: ReviewTopic?
  /// The fingerprint of its text as it was before tracked changes (deletions in, insertions
  /// out), mentor-notes boxes included: what prepexport compares with what it recorded.
  public var digest: String
  /// The same with the text typed into the mentor-notes boxes left out (their captions kept):
  /// when only this matches the record, the only untracked text is in the boxes.
  public var digestWithoutNotes: String
  /// The section's paragraphs as they read now, for finding foreign text.
  public var paragraphs: [ReviewParagraphText]

  public init(topic: ReviewTopic?, digest: String, digestWithoutNotes: String, paragraphs: [ReviewParagraphText]) {
    self.topic = topic
    self.digest = digest
    self.digestWithoutNotes = digestWithoutNotes
    self.paragraphs = paragraphs
  }
}

/// A paragraph's untracked text (as it read before the tracked changes), and its question.
public struct ReviewParagraphText: Sendable, Equatable {
  public var text: String
  public var question: Int?
  /// Whether it is in a mentor-notes box (its typed text is reported on its own).
  public var inMentorNotes: Bool

  public init(text: String, question: Int?, inMentorNotes: Bool) {
    self.text = text
    self.question = question
    self.inMentorNotes = inMentorNotes
  }
}
