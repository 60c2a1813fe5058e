import Foundation

/// `prepexport feedback --into answers.md`: a copy of the user's answers with each topic's
/// feedback placed under its answer as block quotes (who, when, what), in the order of the
/// document; topics with feedback but no answer get a heading of their own at the end. The
/// answers are matched to the reviewed file's topics exactly as an export matches them (by
/// `{#id}`, title or path; `N`/`Question N` sub-headings for questions).
public enum FeedbackInto {
  /// The copy's text.
  public static func merge(_ report: FeedbackReport, topics: [ReviewTopic], answers: InputFile) throws -> String {
    let text = String(decoding: answers.bytes, as: UTF8.self)
    let newline = text.contains("\r\n") ? "\r\n" : "\n"
    var lines = text.components(separatedBy: newline)
    if lines.last == "" { lines.removeLast() }
    let headings = try MarkdownHeadings.read(answers)
    let placement = try AnswerPlacement(topics: topics, items: report.items, answers: answers, headings: headings)

    // Where each item goes: before a line index (0-based), or at the end.
    var inserts: [Int: [FeedbackItem]] = [:]
    var unplaced: [(topic: ReviewTopic?, items: [FeedbackItem])] = []
    for item in report.items {
      if let line = placement.insertionLine(for: item) {
        inserts[min(line, lines.count), default: []].append(item)
      } else if let last = unplaced.indices.last, unplaced[last].topic == item.topic {
        unplaced[last].items.append(item)
      } else {
        unplaced.append((item.topic, [item]))
      }
    }
    var out: [String] = []
    for index in 0...lines.count {
      if let items = inserts[index] {
        while let last = out.last, last.trimmingCharacters(in: .whitespaces).isEmpty { out.removeLast() }
        out.append("")
        for item in items { out += quote(item) + [""] }
      }
      if index < lines.count { out.append(lines[index]) }
    }
    for (topic, items) in unplaced {
      while let last = out.last, last.trimmingCharacters(in: .whitespaces).isEmpty { out.removeLast() }
      if !out.isEmpty { out.append("") }
      out.append(heading(topic, isOurs: report.isOurs))
      out.append("")
      for item in items { out += quote(item) + [""] }
    }
    while let last = out.last, last.isEmpty { out.removeLast() }
    return out.joined(separator: newline) + newline
  }

  /// The file beside the answers to write: `answers.feedback.md`, else the next free
  /// `answers.feedback-2.md`…
  public static func destination(for answersPath: String, exists: (String) -> Bool) -> String {
    let slash = answersPath.lastIndex(of: "/").map { answersPath.index(after: $0) } ?? answersPath.startIndex
    let folder = String(answersPath[..<slash])
    let base = String(answersPath[slash...])
    let dot = base.lastIndex(of: ".").flatMap { $0 == base.startIndex ? nil : $0 }
    let stem = dot.map { String(base[..<$0]) } ?? base
    let ext = dot.map { String(base[$0...]) } ?? ".md"
    var candidate = folder + stem + ".feedback" + ext
    var n = 2
    while exists(candidate) {
      candidate = folder + stem + ".feedback-\(n)" + ext
      n += 1
    }
    return candidate
  }

  /// An item as a block quote: the report's entry, quoted.
  static func quote(_ item: FeedbackItem) -> [String] {
    var entry = FeedbackReport.entry(item)
    while entry.hasSuffix("\n") { entry.removeLast() }
    return entry.components(separatedBy: "\n").map { $0.isEmpty ? ">" : "> " + $0 }
  }

  static func heading(_ topic: ReviewTopic?, isOurs: Bool) -> String {
    guard let topic else { return "# Feedback on the whole document" }
    let title = topic.title.replacingOccurrences(of: "\n", with: " ")
    return "# " + title + (isOurs ? " {#\(topic.id)}" : "")
  }
}
