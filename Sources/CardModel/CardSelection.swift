import ExportKit

/// Which cards a document gives and what each holds (SPEC §3.2): one card per topic with
/// material or an answer, depth first, each followed by a card per question of that topic
/// that has its own answer; then a card per answer that matches no topic.
public enum CardSelection {
  /// The cards of `document`, in print order.
  public static func cards(for document: PrepDocument) -> [CardContent] {
    var cards: [CardContent] = []
    var path: [String] = []
    for (topic, depth) in document.allTopics {
      path.removeLast(max(0, path.count - (depth - 1)))
      path.append(PrintableText.line(topic.titleText))
      guard topic.hasMaterial else { continue }
      cards.append(
        CardContent(title: path[path.count - 1], points: points(of: topic), topicPath: path, source: .topic(topic.id)))
      for question in topic.questions {
        guard let answer = question.answer else { continue }
        cards.append(
          CardContent(
            title: PrintableText.line(question.text), points: PointExtraction.points(of: answer.blocks),
            topicPath: path,
            source: .question(question.id)))
      }
    }
    // An answer that matches no topic is still an answer to rehearse: it comes last, as in
    // the documents' appendix.
    for unmatched in document.unmatchedAnswers {
      let title = PrintableText.line(unmatched.headingText)
      cards.append(
        CardContent(
          title: title, points: PointExtraction.points(of: unmatched.blocks), topicPath: [title],
          source: .unmatchedAnswer(title)))
    }
    // A document without topics (only a title and text) still gives a card, of its text.
    let preamble = PointExtraction.points(of: document.preamble)
    if cards.isEmpty && !preamble.isEmpty {
      let title = PrintableText.line(document.metadata.title)
      cards.append(CardContent(title: title, points: preamble, topicPath: [title], source: .preamble))
    }
    return cards
  }

  /// A topic's key points: the user's answer condensed if there is one, else the key-points
  /// parts, else the guidance parts, else the topic's list items (its questions), else the
  /// first sentence of each paragraph. Whatever the topic holds, the card is not left blank:
  /// the first line of each block, or the labels, come last.
  public static func points(of topic: Topic) -> [CardPoint] {
    // The user's answer comes first; the prep material speaks only when there is none.
    if let answer = topic.answer {
      let points = PointExtraction.points(of: answer.blocks)
      if !points.isEmpty { return points }
    }
    for role in [PartRole.keyPoints, .guidance] {
      let points = topic.parts.filter { $0.role == role }.flatMap { PointExtraction.points(of: $0.blocks) }
      if !points.isEmpty { return points }
    }
    let blocks = topic.parts.map(\.blocks).reduce(Blocks.none) { $0.appending($1) }
    let candidates: [() -> [CardPoint]] = [
      { PointExtraction.listItems(in: blocks) },
      { PointExtraction.firstSentences(in: blocks) },
      { PointExtraction.firstLines(of: blocks) },
      {
        topic.parts.compactMap(\.labelText).map(PrintableText.line).filter { !$0.isEmpty }.map {
          CardPoint(marker: CardPoint.bullet, text: $0)
        }
      },
    ]
    for candidate in candidates {
      let points = candidate()
      if !points.isEmpty { return points }
    }
    return []
  }
}
