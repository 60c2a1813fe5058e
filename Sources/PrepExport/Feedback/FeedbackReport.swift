import Foundation

/// What `prepexport feedback` reports: every item a reviewer left, grouped by topic in
/// document order, with the text typed outside the mentor-notes boxes without tracking.
public struct FeedbackReport: Sendable {
  /// The reviewed file, as the user named it.
  public var document: String
  /// The items in document order (header and footer items last).
  public var items: [FeedbackItem]
  /// Whether prepexport wrote the file (its text was compared with what it recorded).
  public var isOurs: Bool

  /// The report of a reviewed document. `known` (the user's prep and answers) pinpoints text
  /// typed without tracking; without it, a topic whose text changed gets one note saying so.
  public init(_ reviewed: ReviewedDocument, document: String, known: KnownText? = nil) {
    self.document = document
    isOurs = reviewed.isOurs
    let foreign = Set(reviewed.foreignSections)
    var sectionOfTopic: [String: Int] = [:]
    for (index, section) in reviewed.sections.enumerated() {
      if let topic = section.topic { sectionOfTopic[topic.id] = index }
    }
    var bySection = Array(repeating: [FeedbackItem](), count: reviewed.sections.count)
    var trailing: [FeedbackItem] = []
    for item in reviewed.items {
      if item.place == .header || item.place == .footer {
        trailing.append(item)
      } else {
        bySection[item.topic.flatMap { sectionOfTopic[$0.id] } ?? 0].append(item)
      }
    }
    var items: [FeedbackItem] = []
    for (index, section) in reviewed.sections.enumerated() {
      items += bySection[index]
      guard foreign.contains(index) || (!reviewed.isOurs && known != nil) else { continue }
      items += Self.foreignNotes(section, known: known, changed: foreign.contains(index))
    }
    self.items = items + trailing
  }

  /// Notes for text in a section that prepexport did not write and no tracked change holds.
  static func foreignNotes(_ section: ReviewSection, known: KnownText?, changed: Bool) -> [FeedbackItem] {
    var notes: [FeedbackItem] = []
    if let known {
      for paragraph in section.paragraphs where !paragraph.inMentorNotes {
        guard let part = known.foreignPart(of: paragraph.text) else { continue }
        let whole = paragraph.text.trimmingCharacters(in: .whitespacesAndNewlines)
        notes.append(
          FeedbackItem(
            kind: .note, topic: section.topic, question: paragraph.question, text: part,
            anchor: part == whole ? nil : whole, detail: "typed without tracking"))
      }
    }
    if notes.isEmpty && changed {
      notes.append(
        FeedbackItem(
          kind: .note, topic: section.topic,
          text: known == nil
            ? "This topic's text was changed without tracking; give --prep (and --answers) to see where."
            : "This topic's text was changed without tracking: text was deleted or moved, nothing was added.",
          detail: "changed without tracking"))
    }
    return notes
  }

  /// The topics with items, in document order, with their items.
  public var byTopic: [(topic: ReviewTopic?, items: [FeedbackItem])] {
    var out: [(ReviewTopic?, [FeedbackItem])] = []
    for item in items {
      let key = item.place == .header || item.place == .footer ? nil : item.topic
      if let last = out.indices.last, out[last].0 == key, !(key == nil && out[last].1.last?.place != item.place) {
        out[last].1.append(item)
      } else {
        out.append((key, [item]))
      }
    }
    return out
  }
}
