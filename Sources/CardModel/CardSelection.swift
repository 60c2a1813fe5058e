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
      let points = points(of: topic)
      cards.append(
        CardContent(
          title: path[path.count - 1], points: points.all, brief: points.brief, topicPath: path,
          source: .topic(topic.id)))
      for question in topic.questions {
        guard let answer = question.answer else { continue }
        let points = PointExtraction.points(of: answer.blocks)
        cards.append(
          CardContent(
            title: PrintableText.line(question.text), points: points.all, brief: points.brief, topicPath: path,
            source: .question(question.id)))
      }
    }
    // An answer that matches no topic is still an answer to rehearse: it comes last, as in
    // the documents' appendix.
    for unmatched in document.unmatchedAnswers {
      let title = PrintableText.line(unmatched.headingText)
      let points = PointExtraction.points(of: unmatched.blocks)
      cards.append(
        CardContent(
          title: title, points: points.all, brief: points.brief, topicPath: [title],
          source: .unmatchedAnswer(title)))
    }
    // A document without topics (only a title and text) still gives a card, of its text.
    let preamble = PointExtraction.points(of: document.preamble)
    if cards.isEmpty && !preamble.isEmpty {
      let title = PrintableText.line(document.metadata.title)
      cards.append(
        CardContent(title: title, points: preamble.all, brief: preamble.brief, topicPath: [title], source: .preamble))
    }
    return cards
  }

  /// A topic's key points: the user's answer, then the topic's key-points parts (each under
  /// its label), if there is an answer; else the key-points parts, else the guidance parts,
  /// else the topic's list items (its questions), else its code lines, else its prose.
  /// Whatever the topic holds, the card is not left blank: the first line of each block, or
  /// the labels, come last.
  public static func points(of topic: Topic) -> PointExtraction.Points {
    let keyPoints = topic.parts.filter { $0.role == .keyPoints }
    // The user's answer comes first, and the prep's key points stay beside it: they are what
    // the candidate must not forget whatever they answer.
    if let answer = topic.answer {
      var points = PointExtraction.points(of: answer.blocks)
      if !points.isEmpty {
        for part in keyPoints {
          let partPoints = PointExtraction.points(of: part.blocks)
          guard !partPoints.isEmpty else { continue }
          let label = PrintableText.line(part.labelText ?? "")
          if !label.isEmpty { points.append([CardPoint.label(label)]) }
          points.append(partPoints)
        }
        return points
      }
    }
    for parts in [keyPoints, topic.parts.filter { $0.role == .guidance }] {
      var points = PointExtraction.Points()
      for part in parts { points.append(PointExtraction.points(of: part.blocks)) }
      if !points.isEmpty { return points }
    }
    let points = PointExtraction.points(of: topic.parts.map(\.blocks).reduce(Blocks.none) { $0.appending($1) })
    if !points.isEmpty { return points }
    return PointExtraction.Points(
      all: topic.parts.compactMap(\.labelText).map(PrintableText.line).filter { !$0.isEmpty }.map {
        CardPoint(marker: CardPoint.bullet, text: $0)
      })
  }
}
