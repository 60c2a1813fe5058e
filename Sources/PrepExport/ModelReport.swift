import Foundation

/// What `prepexport check` prints: the model as a readable outline, or as JSON.
public enum ModelReport {
  /// The outline: title, language, each topic with id, parts and roles, questions with ids,
  /// answers matched and not.
  public static func text(_ document: PrepDocument) -> String {
    let m = document.metadata
    var out = "title: \(m.title)\n"
    out += "lang: \(m.lang)\(m.langIsExplicit ? "" : " (detected)")\n"
    for (key, value) in [
      ("subtitle", m.subtitle), ("candidate", m.candidate), ("role", m.role), ("company", m.company), ("date", m.date),
      ("mentor", m.mentor),
    ] {
      if let value { out += "\(key): \(value)\n" }
    }
    for (key, value) in m.custom { out += "\(key): \(value) (custom)\n" }
    let all = document.allTopics
    let questions = all.reduce(0) { $0 + $1.topic.questions.count }
    let answered = all.reduce(0) {
      $0 + ($1.topic.answer == nil ? 0 : 1) + $1.topic.questions.filter { $0.answer != nil }.count
    }
    out +=
      "topics: \(all.count), questions: \(questions), answers matched: \(answered), unmatched: \(document.unmatchedAnswers.count)\n"
    if !document.preamble.isEmpty { out += "\nbefore the first topic: \(count(document.preamble.count, "block"))\n" }
    for (topic, depth) in all {
      let indent = String(repeating: "  ", count: depth - 1)
      out += "\n\(indent)\(String(repeating: "#", count: depth)) \(topic.titleText)  {#\(topic.id)}\n"
      for part in topic.parts {
        let label = part.labelText.map { "\"\($0)\"" } ?? "(no label)"
        out += "\(indent)  part \(label): \(part.role.rawValue), \(count(part.blocks.count, "block"))\n"
      }
      for q in topic.questions {
        out +=
          "\(indent)  question \(q.id): \(q.text)\(q.answer == nil ? "" : "  [answered at \(q.answer!.location)]")\n"
      }
      if let answer = topic.answer {
        out += "\(indent)  answer: \(count(answer.blocks.count, "block")) from \(answer.location)\n"
      }
    }
    if !document.unmatchedAnswers.isEmpty {
      out += "\nunmatched answers (kept in an appendix):\n"
      for u in document.unmatchedAnswers {
        let hint =
          u.suggestions.isEmpty ? "" : " (did you mean \(u.suggestions.map { "\"\($0)\"" }.joined(separator: " or "))?)"
        out += "  \(u.location): \"\(u.headingText)\"\(hint)\n"
      }
    }
    return out
  }

  private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  /// The same as JSON, for machines.
  public static func json(_ document: PrepDocument) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(ReportDocument(document))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  struct ReportDocument: Encodable {
    var title: String
    var lang: String
    var langDetected: Bool
    var metadata: [String: String]
    var topics: [ReportTopic]
    var unmatchedAnswers: [ReportUnmatched]

    init(_ d: PrepDocument) {
      let m = d.metadata
      title = m.title
      lang = m.lang.description
      langDetected = !m.langIsExplicit
      var meta: [String: String] = [:]
      for (k, v) in [
        ("subtitle", m.subtitle), ("candidate", m.candidate), ("role", m.role), ("company", m.company),
        ("date", m.date), ("mentor", m.mentor),
      ] {
        if let v { meta[k] = v }
      }
      for (k, v) in m.custom { meta[k] = v }
      metadata = meta
      topics = d.topics.map(ReportTopic.init)
      unmatchedAnswers = d.unmatchedAnswers.map {
        ReportUnmatched(heading: $0.headingText, location: $0.location.description, suggestions: $0.suggestions)
      }
    }
  }

  struct ReportTopic: Encodable {
    var id: String
    var title: String
    var level: Int
    var location: String
    var parts: [ReportPart]
    var questions: [ReportQuestion]
    var answered: Bool
    var answerLocation: String?
    var subtopics: [ReportTopic]

    init(_ t: Topic) {
      id = t.id
      title = t.titleText
      level = t.level
      location = t.location.description
      parts = t.parts.map { ReportPart(label: $0.labelText, role: $0.role.rawValue, blocks: $0.blocks.count) }
      questions = t.questions.map {
        ReportQuestion(
          id: $0.id, number: $0.number, text: $0.text, answered: $0.answer != nil,
          answerLocation: $0.answer?.location.description)
      }
      answered = t.answer != nil
      answerLocation = t.answer?.location.description
      subtopics = t.subtopics.map(ReportTopic.init)
    }
  }

  struct ReportPart: Encodable {
    var label: String?
    var role: String
    var blocks: Int
  }

  struct ReportQuestion: Encodable {
    var id: String
    var number: Int
    var text: String
    var answered: Bool
    var answerLocation: String?
  }

  struct ReportUnmatched: Encodable {
    var heading: String
    var location: String
    var suggestions: [String]
  }
}
