/// What an existing output file holds that a new export would destroy: the guard's answer,
/// and the words of its refusal.
public struct ReviewFindings: Sendable, Equatable, CustomStringConvertible {
  /// Comments, replies included.
  public var comments: Int
  /// Tracked insertions, deletions, moves and formatting changes.
  public var changes: Int
  /// Text prepexport did not write: notes typed into the mentor-notes boxes (tracked or
  /// not) and sections whose text was changed without tracking.
  public var notes: Int
  /// The title of the first topic holding any of them ("" before the first heading).
  public var firstTopic: String?
  /// Why the file could not be read, when it could not: then it is kept, to be safe.
  public var unreadable: String?

  public init(comments: Int = 0, changes: Int = 0, notes: Int = 0, firstTopic: String? = nil, unreadable: String? = nil)
  {
    self.comments = comments
    self.changes = changes
    self.notes = notes
    self.firstTopic = firstTopic
    self.unreadable = unreadable
  }

  /// The findings of a document read back; nil when it holds no review.
  public init?(_ document: ReviewedDocument) {
    var comments = 0
    var changes = 0
    var notes = 0
    var first: (rank: Int, title: String)?
    let ranks = Dictionary(document.topics.enumerated().map { ($1, $0 + 1) }) { a, _ in a }
    func consider(_ topic: ReviewTopic?, header: Bool = false) {
      let rank = header ? Int.max : topic.flatMap { ranks[$0] } ?? 0
      if first == nil || rank < first!.rank { first = (rank, topic?.title ?? "") }
    }
    for item in document.items {
      switch item.kind {
      case .comment: comments += 1 + item.replies.count
      case .note where item.tracked: changes += 1
      case .note: notes += 1
      case .insertion, .deletion, .move, .format: changes += 1
      }
      consider(item.topic, header: item.place == .header || item.place == .footer)
    }
    for index in document.foreignSections {
      notes += 1
      consider(document.sections[index].topic)
    }
    guard comments + changes + notes > 0 else { return nil }
    self.init(comments: comments, changes: changes, notes: notes, firstTopic: first?.title)
  }

  /// "2 comments, 1 tracked change and 1 typed note, the first in “Why this role”".
  public var description: String {
    if let unreadable { return "unreadable: \(unreadable)" }
    var parts: [String] = []
    if comments > 0 { parts.append(Self.count(comments, "comment")) }
    if changes > 0 { parts.append(Self.count(changes, "tracked change")) }
    if notes > 0 {
      parts.append(Self.count(notes, "note typed without tracking", plural: "notes typed without tracking"))
    }
    var text = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.first ?? ""
    if let firstTopic {
      text += firstTopic.isEmpty ? ", the first before the first heading" : ", the first in “\(firstTopic)”"
    }
    return text
  }

  private static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
  }
}
