/// The report as Markdown: a section per topic (its path from the top), each item a list
/// entry saying what it is, who and when, then its anchor as a quote, its text, and its
/// replies indented under it.
extension FeedbackReport {
  public var markdown: String {
    var out = "# Feedback on \(document)\n\n"
    out += summary + "\n"
    for (topic, items) in byTopic {
      out += "\n## \(heading(topic, items.first))\n"
      for item in items { out += "\n" + Self.entry(item) }
    }
    return out.hasSuffix("\n") ? out : out + "\n"
  }

  /// "5 comments, 3 tracked changes, 2 notes."
  var summary: String {
    if items.isEmpty { return "No comments, tracked changes or notes." }
    let counts: [(FeedbackItem.Kind, String)] = [
      (.comment, "comment"), (.insertion, "insertion"), (.deletion, "deletion"), (.move, "move"),
      (.format, "formatting change"), (.note, "note"),
    ]
    return counts.compactMap { kind, noun in
      let n = items.filter { $0.kind == kind }.count
      return n == 0 ? nil : "\(n) \(noun)\(n == 1 ? "" : "s")"
    }.joined(separator: ", ") + "."
  }

  private func heading(_ topic: ReviewTopic?, _ first: FeedbackItem?) -> String {
    if let topic { return topic.path.joined(separator: " > ") }
    switch first?.place {
    case .header?, .footer?: return "Headers and footers"
    default: return "Before the first heading"
    }
  }

  static func entry(_ item: FeedbackItem) -> String {
    var head = "- **\(title(item))**"
    if let author = item.author, !author.isEmpty {
      head += " by \(author)"
      if let initials = item.initials, !initials.isEmpty, initials != author { head += " (\(initials))" }
    }
    if let date = item.date { head += ", \(shortDate(date))" }
    var notes: [String] = []
    if let question = item.question { notes.append("question \(question)") }
    if item.place == .mentorNotes && item.kind != .note { notes.append("in the mentor notes") }
    if item.place == .header { notes.append("in the header") }
    if item.place == .footer { notes.append("in the footer") }
    if let detail = item.detail { notes.append(detail) }
    if item.kind == .note && item.place == .mentorNotes { notes.append(item.tracked ? "tracked" : "not tracked") }
    if item.resolved == true { notes.append("resolved") }
    if !notes.isEmpty { head += " (\(notes.joined(separator: ", ")))" }
    var out = head + "\n"
    if let anchor = item.anchor, !anchor.isEmpty { out += "\n" + quoted(anchor, indent: "  ") }
    let text: String
    switch item.kind {
    case .deletion: text = "~~\(item.text)~~"
    default: text = item.text
    }
    out += "\n" + indented(text, "  ") + "\n"
    for reply in item.replies {
      var line = "  - **Reply**"
      if let author = reply.author, !author.isEmpty { line += " by \(author)" }
      if let date = reply.date { line += ", \(shortDate(date))" }
      out += "\n" + line + ":\n\n" + indented(reply.text, "    ") + "\n"
    }
    return out
  }

  static func title(_ item: FeedbackItem) -> String {
    switch item.kind {
    case .comment: return "Comment"
    case .insertion: return "Inserted"
    case .deletion: return "Deleted"
    case .move: return "Moved"
    case .format: return "Formatting"
    case .note: return item.place == .mentorNotes ? "Mentor note" : "Note"
    }
  }

  /// `2026-11-29T20:07:02Z` → `2026-11-29 20:07`.
  static func shortDate(_ date: String) -> String {
    guard date.count >= 16, date.dropFirst(10).first == "T" else { return date }
    return String(date.prefix(10)) + " " + String(date.dropFirst(11).prefix(5))
  }

  static func quoted(_ text: String, indent: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(indent)> \($0)" }.joined(separator: "\n")
      + "\n"
  }

  static func indented(_ text: String, _ indent: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : indent + $0 }
      .joined(separator: "\n")
  }
}
