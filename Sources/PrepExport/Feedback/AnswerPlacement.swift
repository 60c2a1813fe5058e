/// Where in an answers file each topic's and question's answer is, found by reading the
/// answers against the reviewed file's outline with the same matching an export uses: the
/// outline is written as a small prep document (headings with their `{#id}`, a list of
/// questions under each) and read with the answers.
struct AnswerPlacement {
  /// By topic id: the line of the heading answering it (or grouping its questions' answers),
  /// and of each question's.
  private var topicLines: [String: Int] = [:]
  private var questionLines: [String: [Int: Int]] = [:]
  private let headings: [MarkdownHeadings.Heading]

  init(topics: [ReviewTopic], items: [FeedbackItem], answers: InputFile, headings: [MarkdownHeadings.Heading]) throws {
    self.headings = headings
    var questions: [String: Int] = [:]
    for item in items {
      if let topic = item.topic, let q = item.question { questions[topic.id] = max(questions[topic.id] ?? 0, q) }
    }
    var outline = "---\ntitle: feedback\n---\n\n"
    for topic in topics {
      let title = Self.escaped(topic.title.replacingOccurrences(of: "\n", with: " "))
      outline += String(repeating: "#", count: min(max(topic.level, 1), 6)) + " \(title) {#\(topic.id)}\n\n"
      for n in 1...max(10, questions[topic.id] ?? 0) { outline += "\(n). ?\n" }
      outline += "\n"
    }
    let model = try PrepReader.read(
      [InputFile(name: "outline.md", bytes: Array(outline.utf8))], answers: answers
    ).document
    for (topic, _) in model.allTopics {
      var lines: [Int: Int] = [:]
      for question in topic.questions {
        if let answer = question.answer { lines[question.number] = answer.location.line }
      }
      questionLines[topic.id] = lines
      if let answer = topic.answer {
        topicLines[topic.id] = answer.location.line
      } else if let first = lines.values.min(), let grouping = enclosingHeading(of: first) {
        topicLines[topic.id] = grouping
      }
    }
  }

  /// The 0-based line before which an item goes: the end of its question's answer, else of
  /// its topic's; nil when neither has one.
  func insertionLine(for item: FeedbackItem) -> Int? {
    guard let topic = item.topic, item.place != .header, item.place != .footer else { return nil }
    let line = item.question.flatMap { questionLines[topic.id]?[$0] } ?? topicLines[topic.id]
    return line.map(regionEnd)
  }

  /// The heading around a heading: the nearest one before it of a lower level.
  private func enclosingHeading(of line: Int) -> Int? {
    guard let index = headings.firstIndex(where: { $0.line == line }) else { return nil }
    let level = headings[index].level
    return headings[..<index].last { $0.level < level }?.line
  }

  /// Where the section opened by the heading on `line` ends: the next heading of the same
  /// or a higher level (0-based index of its line), else the end of the file.
  private func regionEnd(_ line: Int) -> Int {
    guard let index = headings.firstIndex(where: { $0.line == line }) else { return line }
    let level = headings[index].level
    if let next = headings[(index + 1)...].first(where: { $0.level <= level }) { return next.line - 1 }
    return Int.max
  }

  /// A title as Markdown text: ASCII punctuation escaped, so that it reads back as written.
  static func escaped(_ title: String) -> String {
    var out = ""
    for character in title {
      if character.isASCII, character.isPunctuation || character.isSymbol { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
