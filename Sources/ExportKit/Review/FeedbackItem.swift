/// One thing a reviewer left in a document: a comment with its replies, a tracked change, or
/// text typed where prepexport wrote none. Format-neutral: the DOCX and ODT readers make it.
public struct FeedbackItem: Sendable, Equatable {
  /// What kind of mark it is.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    case comment, insertion, deletion, move, format, note
  }

  public var kind: Kind
  /// The topic it belongs to (the heading before it); nil before the first heading and in
  /// headers and footers.
  public var topic: ReviewTopic?
  /// N when it sits in the numbered list item of question N (or in the answer box of that
  /// question).
  public var question: Int?
  public var author: String?
  public var initials: String?
  /// As the file gives it (ISO 8601, e.g. `2026-11-29T20:07:02Z`).
  public var date: String?
  /// The comment's text (paragraphs joined by line breaks), the inserted, deleted or moved
  /// text, what a formatting change did ("bold added"), or the typed note.
  public var text: String
  /// The text the mark covers: a comment's anchored range, the text whose format changed.
  public var anchor: String?
  /// A comment marked done or resolved; nil for marks that are not comments.
  public var resolved: Bool?
  public var replies: [FeedbackReply]
  /// Where it is: the body, a mentor-notes box, a header or footer.
  public var place: Place
  /// Whether change tracking recorded it (a typed note may be tracked or not).
  public var tracked: Bool
  /// More about it, in a few words: "moved here from “Topic”", "paragraph break".
  public var detail: String?
  /// For a move: the name that pairs where the text left with where it went, and which end
  /// this is. The assembly keeps the destination and says where the text came from.
  public var moveID: String?
  public var isMoveSource: Bool

  /// Where in the document an item is.
  public enum Place: String, Sendable, Equatable {
    case body
    case mentorNotes = "mentor-notes"
    case header
    case footer
  }

  public init(
    kind: Kind, topic: ReviewTopic? = nil, question: Int? = nil, author: String? = nil, initials: String? = nil,
    date: String? = nil, text: String, anchor: String? = nil, resolved: Bool? = nil, replies: [FeedbackReply] = [],
    place: Place = .body, tracked: Bool = false, detail: String? = nil, moveID: String? = nil,
    isMoveSource: Bool = false
  ) {
    self.kind = kind
    self.topic = topic
    self.question = question
    self.author = author
    self.initials = initials
    self.date = date
    self.text = text
    self.anchor = anchor
    self.resolved = resolved
    self.replies = replies
    self.place = place
    self.tracked = tracked
    self.detail = detail
    self.moveID = moveID
    self.isMoveSource = isMoveSource
  }
}

/// A reply under a comment.
public struct FeedbackReply: Sendable, Equatable {
  public var author: String?
  public var initials: String?
  public var date: String?
  public var text: String
  public var resolved: Bool?

  public init(author: String?, initials: String? = nil, date: String?, text: String, resolved: Bool? = nil) {
    self.author = author
    self.initials = initials
    self.date = date
    self.text = text
    self.resolved = resolved
  }
}

/// A topic of a reviewed document: a heading, its id and the titles above it.
public struct ReviewTopic: Sendable, Equatable, Hashable {
  /// The id `prepexport check` shows when the file is ours, else a slug of the title.
  public var id: String
  public var title: String
  /// Titles from the top level down to this one.
  public var path: [String]
  /// The heading's outline level (1 for a top-level heading).
  public var level: Int

  public init(id: String, title: String, path: [String], level: Int) {
    self.id = id
    self.title = title
    self.path = path
    self.level = level
  }
}
