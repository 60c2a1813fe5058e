import ExportKit

extension BodyWriter {
  /// A topic: its heading (level by depth), its parts (label, blocks, and the answers to the
  /// questions of each list right after that list), its own answer, the mentor box with
  /// `--review`, then its subtopics.
  mutating func topic(_ topic: Topic, depth: Int) {
    heading(topic.title, depth: depth, bookmark: topic.id)
    pendingAnswers = [:]
    for question in topic.questions where question.answer != nil { pendingAnswers[question.id] = question }
    for part in topic.parts {
      if let label = part.label { labelParagraph(label) }
      blocks(part.blocks, BlockContext())
    }
    // Answers whose question was not found in a list (never dropped).
    for question in topic.questions where pendingAnswers[question.id] != nil {
      pendingAnswers[question.id] = nil
      if let answer = question.answer {
        answerBox(caption: localized.answerCaption(question: question.number), answer.blocks)
      }
    }
    if let answer = topic.answer { answerBox(caption: localized.answerCaption(), answer.blocks) }
    if options.review { mentorBox() }
    for subtopic in topic.subtopics { self.topic(subtopic, depth: depth + 1) }
  }

  /// A part's label in the Label style, with the colon the reader took off it (full-width
  /// in CJK documents), as the DOCX writes it.
  mutating func labelParagraph(_ label: [Inline]) {
    openParagraph(StyleName.label)
    inlines(label)
    let last = label.last.flatMap(Inline.lastCharacter)
    if let last, !"：:？?！!。.".contains(last) { text(look.lang.isCJK ? "：" : ":") }
    closeParagraph()
  }

  /// The user's answer in a one-cell table (shaded, with a bar on its left: it stands out
  /// and holds lists, code and tables alike), under the localised caption; its paragraphs
  /// take the Answer family of styles. The DOCX draws the same box.
  mutating func answerBox(caption: String?, _ blocks: [Block]) {
    tableCount += 1
    xml.raw("<table:table table:name=\"Answer\(tableCount)\" table:style-name=\"PrepAnswerBox\">")
    xml.raw("<table:table-column/><table:table-row>")
    xml.raw("<table:table-cell table:style-name=\"PrepAnswerCell\" office:value-type=\"string\">")
    if let caption { textParagraph(StyleName.answerCaption, caption) }
    self.blocks(blocks, BlockContext(inAnswer: true))
    if caption == nil && blocks.isEmpty { emptyParagraph(StyleName.answer) }
    xml.raw("</table:table-cell></table:table-row></table:table>")
  }

  /// `--review`: a bordered box with the localised caption and room to write.
  mutating func mentorBox() {
    openParagraph(StyleName.mentorNotes)
    xml.raw("<text:span text:style-name=\"")
    xml.raw(StyleName.strong)
    xml.raw("\">")
    text(localized.mentorNotes)
    xml.raw("</text:span>")
    closeParagraph()
    emptyParagraph(StyleName.mentorNotes)
    emptyParagraph(StyleName.mentorNotes)
  }
}
