/// Turns the paragraphs a format's reader found into a `ReviewedDocument`: each mark goes to
/// the topic whose heading precedes it and to the question whose list item (or answer box)
/// holds it; what was typed into a mentor-notes box becomes a note; each section's text is
/// fingerprinted for comparison with what prepexport recorded.
public enum ReviewAssembler {
  public static func assemble(
    _ paragraphs: [ReviewParagraph], headerFooterItems: [FeedbackItem] = [], customProperties: [String: String]
  ) -> ReviewedDocument {
    let recorded = RecordedFingerprint(properties: customProperties)
    let topicsByParagraph = topics(paragraphs, recorded: recorded)
    var items: [FeedbackItem] = []
    var sections: [ReviewSection] = []
    var section = SectionBuilder(topic: nil)
    var topic: ReviewTopic?
    var boxQuestions: [Int: Int] = [:]
    var itemQuestion: Int?
    var index = 0
    while index < paragraphs.count {
      let paragraph = paragraphs[index]
      if let next = topicsByParagraph[index] {
        sections.append(section.finish())
        section = SectionBuilder(topic: next)
        topic = next
      }
      if paragraph.role == .mentorNotes {
        // A box: this paragraph and the mentor-notes paragraphs right after it.
        var end = index + 1
        while end < paragraphs.count, paragraphs[end].role == .mentorNotes, !MentorNotes.startsBox(paragraphs[end]) {
          end += 1
        }
        let box = paragraphs[index..<end]
        for p in box { section.add(p) }
        items += MentorNotes.items(box, topic: topic)
        index = end
        continue
      }
      section.add(paragraph)
      if paragraph.role == .answerCaption, let box = paragraph.box, let n = AnswerCaption.questionNumber(paragraph.text)
      {
        boxQuestions[box] = n
      }
      if paragraph.startsListItem {
        itemQuestion = paragraph.listNumber.flatMap { n in Self.isQuestion(paragraph, topic: topic) ? n : nil }
      }
      let question = paragraph.listNumber != nil ? itemQuestion : paragraph.box.flatMap { boxQuestions[$0] }
      for var item in paragraph.items {
        item.topic = topic
        item.question = question
        items.append(item)
      }
      index += 1
    }
    sections.append(section.finish())
    items = pairMoves(items)
    for var item in headerFooterItems {
      item.topic = nil
      items.append(item)
    }
    return ReviewedDocument(
      topics: topicsByParagraph.keys.sorted().map { topicsByParagraph[$0]! }, items: items, sections: sections,
      customProperties: customProperties, recorded: recorded)
  }

  /// A numbered item is a question as in the model (SPEC §2.2): its text ends with a question
  /// mark (as the prep had it, before the review's changes), or its topic holds questions to ask.
  static func isQuestion(_ paragraph: ReviewParagraph, topic: ReviewTopic?) -> Bool {
    if let topic, QuestionRules.isAskingTopic(topic.title) { return true }
    return QuestionRules.endsWithQuestionMark(paragraph.originalText)
      || QuestionRules.endsWithQuestionMark(paragraph.text)
  }

  /// A move is one item, where the text went, saying where it came from; a source or a
  /// destination without its other end stays as it is.
  static func pairMoves(_ items: [FeedbackItem]) -> [FeedbackItem] {
    var sources: [String: FeedbackItem] = [:]
    var destinations: Set<String> = []
    for item in items where item.kind == .move {
      guard let id = item.moveID else { continue }
      if item.isMoveSource { sources[id] = sources[id] ?? item } else { destinations.insert(id) }
    }
    var out: [FeedbackItem] = []
    for var item in items {
      guard item.kind == .move, let id = item.moveID else {
        out.append(item)
        continue
      }
      if item.isMoveSource {
        if destinations.contains(id) { continue }
        item.detail = "moved away from here"
      } else if let source = sources[id] {
        item.detail =
          source.topic == item.topic || source.topic == nil
          ? "moved here" : "moved here from “\(source.topic!.title)”"
      } else {
        item.detail = "moved here"
      }
      out.append(item)
    }
    return out
  }

  /// The topic each heading paragraph opens: its id from the record when the file is ours
  /// (by bookmark, else by position when the headings are as many as recorded), else a slug
  /// of its title made unique as `prepexport check` makes them.
  static func topics(_ paragraphs: [ReviewParagraph], recorded: RecordedFingerprint?) -> [Int: ReviewTopic] {
    var headings: [(index: Int, level: Int, title: String, hints: [String])] = []
    for (index, p) in paragraphs.enumerated() {
      guard case .heading(let level) = p.role else { continue }
      let title = p.text.trimmingWhiteSpace.isEmpty ? p.originalText.trimmingWhiteSpace : p.text.trimmingWhiteSpace
      if title.isEmpty { continue }
      headings.append((index, level, title, p.topicIDHints))
    }
    let recordedIDs = recorded?.topicIDs ?? []
    let known = Set(recordedIDs.filter { !$0.isEmpty })
    let positional = recorded != nil && headings.count == recordedIDs.count
    var ids: [String?] = headings.enumerated().map { offset, heading in
      if let hint = heading.hints.first(where: known.contains) { return hint }
      if positional, !recordedIDs[offset].isEmpty { return recordedIDs[offset] }
      return nil
    }
    var slugs = SlugRegistry()
    for id in ids.compactMap({ $0 }) { _ = slugs.claim(id) }
    for offset in ids.indices where ids[offset] == nil {
      ids[offset] = slugs.claim(SlugRegistry.slug(headings[offset].title))
    }
    var out: [Int: ReviewTopic] = [:]
    var path: [(level: Int, title: String)] = []
    for (offset, heading) in headings.enumerated() {
      while let last = path.last, last.level >= heading.level { path.removeLast() }
      path.append((heading.level, heading.title))
      out[heading.index] = ReviewTopic(
        id: ids[offset]!, title: heading.title, path: path.map(\.title), level: heading.level)
    }
    return out
  }
}

/// One section's fingerprints and paragraphs, built paragraph by paragraph.
private struct SectionBuilder {
  let topic: ReviewTopic?
  var full = TextFingerprint()
  /// The fingerprint without the text typed into the boxes: the same as `full` (and not
  /// computed twice) until a box holds more than its caption.
  var withoutNotes: TextFingerprint?
  var paragraphs: [ReviewParagraphText] = []

  init(topic: ReviewTopic?) { self.topic = topic }

  mutating func add(_ paragraph: ReviewParagraph) {
    if paragraph.role == .tableOfContents { return }
    let text = paragraph.originalText
    if paragraph.role == .mentorNotes && !MentorNotes.isCaptionOnly(text) {
      if withoutNotes == nil { withoutNotes = full }
      if let caption = MentorNotes.caption(in: text) { withoutNotes!.add(caption) }
    } else {
      withoutNotes?.add(text)
    }
    full.add(text)
    paragraphs.append(
      ReviewParagraphText(text: text, question: paragraph.listNumber, inMentorNotes: paragraph.role == .mentorNotes))
  }

  func finish() -> ReviewSection {
    ReviewSection(
      topic: topic, digest: full.digest, digestWithoutNotes: (withoutNotes ?? full).digest, paragraphs: paragraphs)
  }
}

extension String {
  var trimmingWhiteSpace: String {
    var s = Substring(self)
    while let first = s.first, first.isWhitespace { s.removeFirst() }
    while let last = s.last, last.isWhitespace { s.removeLast() }
    return String(s)
  }
}
