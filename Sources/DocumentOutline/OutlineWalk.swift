import ExportKit
import PrepModel

/// The one walk over the model that every document format shares (SPEC §3.1): it owns the order
/// and the placement of everything — the title block, the contents, the preamble, topics depth
/// first with their parts, the answers after their question's list, the topic's own answer, the
/// mentor box, the appendix of answers that match no topic — and hands each piece to a
/// `DocumentRenderer`, which only writes markup.
public struct OutlineWalk<Renderer: DocumentRenderer> {
  public internal(set) var renderer: Renderer
  let document: PrepDocument
  let plan: DocumentPlan
  /// Heading bookmarks by topic id (the targets of `#id` links and contents entries).
  var bookmarks: [String: String] = [:]
  var listSerial = 0
  var tableSerial = 0
  /// The answered questions of the current topic, by the node of the top-level list holding them.
  var answersByList: [UInt32: [Question]] = [:]
  /// Ids of the current topic's questions whose answers are written.
  var placedAnswers: Set<String> = []
  /// The last character written in the current paragraph, for joining soft breaks.
  var lastCharacter: Character?
  /// Whether the last thing written was a table or a box: two in a row get an empty paragraph
  /// between them (Word would join them into one), and a box or the document never ends with
  /// one (Word needs a paragraph there). Decided here so that every format has the same
  /// paragraphs.
  var lastWasTable = false
  /// Paragraphs written in the answer boxes being written.
  var boxParagraphs: [Int] = []

  public init(_ document: PrepDocument, plan: DocumentPlan, renderer: Renderer) {
    self.document = document
    self.plan = plan
    self.renderer = renderer
  }

  /// Walks the whole document into the renderer.
  public mutating func run() {
    let topics = document.allTopics
    for (index, entry) in topics.enumerated() where bookmarks[entry.topic.id] == nil {
      bookmarks[entry.topic.id] = Bookmarks.topic(index + 1)
    }
    renderer.begin(plan)
    titleBlock()
    if plan.tableOfContents { renderer.tableOfContents(contents(topics)) }
    blocks(document.preamble, BlockContext())
    for topic in document.topics { self.topic(topic, depth: 1) }
    appendix()
    if lastWasTable { textParagraph(Paragraph(.spacer), "") }
    renderer.end()
  }

  /// Title; subtitle; role · company · date; the candidate's name.
  mutating func titleBlock() {
    let m = plan.metadata
    var title = Paragraph(.title)
    title.keepWithNext = true
    textParagraph(title, m.title)
    if let subtitle = m.subtitle, !subtitle.isEmpty {
      var p = Paragraph(.subtitle)
      p.keepWithNext = true
      textParagraph(p, subtitle)
    }
    if let roleLine = m.roleLine {
      var p = Paragraph(.roleLine)
      p.keepWithNext = true
      textParagraph(p, roleLine)
    }
    if let candidate = m.candidate, !candidate.isEmpty { textParagraph(Paragraph(.author), candidate) }
  }

  /// The contents: topics down to depth 3, then the appendix and its answers.
  func contents(_ topics: [(topic: Topic, depth: Int)]) -> TableOfContents {
    var entries = topics.filter { $0.depth <= 3 }.map {
      TableOfContents.Entry(level: $0.depth, text: $0.topic.titleText, bookmark: bookmarks[$0.topic.id] ?? "")
    }
    if !document.unmatchedAnswers.isEmpty {
      entries.append(TableOfContents.Entry(level: 1, text: plan.words.unmatchedAnswers, bookmark: Bookmarks.appendix))
      for (offset, answer) in document.unmatchedAnswers.enumerated() {
        entries.append(
          TableOfContents.Entry(level: 2, text: answer.headingText, bookmark: Bookmarks.unmatchedAnswer(offset + 1)))
      }
    }
    return TableOfContents(title: plan.words.contents, entries: entries)
  }

  /// A topic: its heading, its parts (label, blocks, and the answers to the questions of each
  /// list right after that list), the answers whose list was not found, its own answer, the
  /// mentor box with `--review` when it has material of its own, then its subtopics.
  mutating func topic(_ topic: Topic, depth: Int) {
    var heading = Paragraph(.heading(min(depth, 6)))
    heading.bookmark = bookmarks[topic.id]
    heading.keepWithNext = true
    inlineParagraph(heading, topic.title)

    answersByList = [:]
    placedAnswers = []
    let answered = topic.questions.filter { $0.answer != nil && $0.item != nil }
    if !answered.isEmpty {
      for part in topic.parts {
        for block in part.blocks {
          guard case .list(let list) = block else { continue }
          let held = answered.filter { list.nodeRange.contains($0.item!) }
          if !held.isEmpty { answersByList[list.node] = held }
        }
      }
    }
    for part in topic.parts {
      if let label = part.label {
        var p = Paragraph(.label)
        p.keepWithNext = true
        inlineParagraph(p, label)
      }
      var context = BlockContext()
      context.placesAnswers = true
      blocks(part.blocks, context)
    }
    // Answers whose question's list was not found are never dropped.
    for question in topic.questions where !placedAnswers.contains(question.id) {
      if let answer = question.answer {
        answerBox(caption: plan.words.answerCaption(question: question.number), answer.blocks)
      }
    }
    if let answer = topic.answer { answerBox(caption: plan.words.answerCaption(), answer.blocks) }
    if plan.review && topic.hasMaterial { mentorNotes() }
    for subtopic in topic.subtopics { self.topic(subtopic, depth: depth + 1) }
  }

  /// The answers to the questions of the top-level list `node`, right after it.
  mutating func answers(after node: UInt32) {
    guard let questions = answersByList.removeValue(forKey: node) else { return }
    for question in questions {
      guard let answer = question.answer else { continue }
      placedAnswers.insert(question.id)
      answerBox(caption: plan.words.answerCaption(question: question.number), answer.blocks)
    }
  }

  /// The user's answer in its box, under a caption (none in the appendix, where the heading
  /// says what it answers).
  mutating func answerBox(caption: String?, _ blocks: Blocks) {
    separateTables(BlockContext())
    // A short answer is kept on one page, so that a page never ends inside it (or starts with
    // its last strip); a long one may break between pages.
    let text = blocks.plainText
    let short = text.utf8.count < 1_200 && text.split(separator: "\n").count < 16
    renderer.beginAnswerBox(keepTogether: short)
    boxParagraphs.append(0)
    if let caption {
      var p = Paragraph(.answerCaption)
      p.inAnswer = true
      p.keepWithNext = true
      textParagraph(p, caption)
    }
    var context = BlockContext()
    context.inAnswer = true
    self.blocks(blocks, context)
    if lastWasTable || boxParagraphs.last == 0 {
      var empty = Paragraph(lastWasTable ? .spacer : .answer)
      empty.inAnswer = true
      textParagraph(empty, "")
    }
    boxParagraphs.removeLast()
    renderer.endAnswerBox()
    lastWasTable = true
  }

  /// An empty paragraph between two tables.
  mutating func separateTables(_ context: BlockContext) {
    if lastWasTable { textParagraph(context.paragraph(.spacer), "") }
  }

  /// `--review`: a box with the localised caption and two empty lines to write on, kept on one
  /// page.
  mutating func mentorNotes() {
    renderer.beginMentorNotes()
    var caption = Paragraph(.mentorNotesCaption)
    caption.keepWithNext = true
    textParagraph(caption, plan.words.mentorNotes)
    var line = Paragraph(.mentorNotes)
    line.keepWithNext = true
    textParagraph(line, "")
    textParagraph(Paragraph(.mentorNotes), "")
    renderer.endMentorNotes()
  }

  /// The appendix of answers that matched no topic: a level-1 heading, then each answer's
  /// heading at level 2 and its content in an answer box.
  mutating func appendix() {
    guard !document.unmatchedAnswers.isEmpty else { return }
    var heading = Paragraph(.heading(1))
    heading.bookmark = Bookmarks.appendix
    heading.keepWithNext = true
    textParagraph(heading, plan.words.unmatchedAnswers)
    for (offset, answer) in document.unmatchedAnswers.enumerated() {
      var sub = Paragraph(.heading(2))
      sub.bookmark = Bookmarks.unmatchedAnswer(offset + 1)
      sub.keepWithNext = true
      inlineParagraph(sub, answer.heading)
      if !answer.blocks.isEmpty { answerBox(caption: nil, answer.blocks) }
    }
  }

  // MARK: Paragraph helpers

  mutating func beginParagraph(_ paragraph: Paragraph) {
    renderer.beginParagraph(paragraph)
    lastCharacter = nil
    lastWasTable = false
    if !boxParagraphs.isEmpty { boxParagraphs[boxParagraphs.count - 1] += 1 }
  }

  /// A paragraph of plain text (prepexport's own words, front-matter values).
  mutating func textParagraph(_ paragraph: Paragraph, _ text: String) {
    beginParagraph(paragraph)
    emit(Substring(text))
    renderer.endParagraph()
  }

  /// A paragraph of inlines.
  mutating func inlineParagraph(_ paragraph: Paragraph, _ inlines: Inlines) {
    beginParagraph(paragraph)
    self.inlines(inlines)
    renderer.endParagraph()
  }
}
