/// A paragraph of a reviewed document as its format's reader found it: only the facts the
/// format-neutral assembly needs, and the marks that start in it. Readers know markup
/// (styles, numbering, change elements); `ReviewAssembler` decides topics, questions, notes
/// and fingerprints once for every format.
public struct ReviewParagraph: Sendable {
  /// What the paragraph is, from its style or element.
  public enum Role: Sendable, Equatable {
    case body
    /// A heading of this outline level (1 for the top).
    case heading(Int)
    /// A paragraph of a mentor-notes box.
    case mentorNotes
    /// The caption of an answer box ("My answer (question 2)").
    case answerCaption
    /// A paragraph of the table of contents (its title or an entry): not the user's text.
    case tableOfContents
  }

  public var role: Role
  /// Topic ids the heading's bookmarks name, when the file is ours; the first one recorded wins.
  public var topicIDHints: [String]
  /// The text as it reads now: insertions in, deletions out.
  public var text: String
  /// The text before tracked changes (deletions in, insertions out), without list labels or
  /// field results: what the fingerprint covers.
  public var originalText: String
  /// The number shown for the top-level numbered list item the paragraph is in.
  public var listNumber: Int?
  /// Whether it is the first paragraph of a top-level list item (whose text says whether
  /// the item is a question).
  public var startsListItem: Bool
  /// The top-level table the paragraph is in, by order of appearance (answer boxes).
  public var box: Int?
  /// The comments and changes that start in this paragraph, in order.
  public var items: [FeedbackItem]

  public init(
    role: Role = .body, topicIDHints: [String] = [], text: String = "", originalText: String = "",
    listNumber: Int? = nil, startsListItem: Bool = false, box: Int? = nil, items: [FeedbackItem] = []
  ) {
    self.role = role
    self.topicIDHints = topicIDHints
    self.text = text
    self.originalText = originalText
    self.listNumber = listNumber
    self.startsListItem = startsListItem
    self.box = box
    self.items = items
  }
}
