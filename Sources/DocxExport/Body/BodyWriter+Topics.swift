import ExportKit

extension BodyWriter {
  /// A topic: its heading (level by depth), its parts (label, blocks, and the answers to the
  /// questions of each list right after that list), its own answer, the mentor box with
  /// `--review`, then its subtopics.
  mutating func topic(_ topic: Topic, depth: Int) {
    heading(topic.title, style: .heading(depth), bookmark: bookmarks[topic.id])
    pendingAnswers = [:]
    for question in topic.questions where question.answer != nil { pendingAnswers[question.id] = question }
    let context = BlockContext(width: page.textWidth)
    for part in topic.parts {
      if let label = part.label { labelParagraph(label) }
      blocks(part.blocks, context)
    }
    // Answers whose question was not found in a list (never dropped).
    for question in topic.questions where pendingAnswers[question.id] != nil {
      pendingAnswers[question.id] = nil
      if let answer = question.answer {
        answerBox(caption: localized.answerCaption(question: question.number), answer.blocks, context)
      }
    }
    if let answer = topic.answer { answerBox(caption: localized.answerCaption(), answer.blocks, context) }
    if options.review { mentorBox() }
    for subtopic in topic.subtopics { self.topic(subtopic, depth: depth + 1) }
  }

  /// A part's label, with the colon the reader took off it (full-width in CJK documents).
  mutating func labelParagraph(_ label: [Inline]) {
    openParagraph(.label, keepNext: true)
    runs(label, [])
    let last = label.last.flatMap(Inline.lastCharacter)
    if let last, !"：:？?！!。.".contains(last) { text(lang.isCJK ? "：" : ":", []) }
    closeParagraph()
  }

  /// The user's answer in a one-cell table of the Answer Box style (shaded, with a bar on its
  /// left), under the localised caption; its paragraphs take the Answer style.
  mutating func answerBox(caption: String?, _ blocks: [Block], _ context: BlockContext) {
    separateTables()
    let width = max(context.width - context.indent, 1_440)
    xml.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"")
    xml.attributeValue(styles[.answerBox])
    xml.raw("\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>")
    if context.indent > 0 { xml.raw("<w:tblInd w:w=\"\(context.indent)\" w:type=\"dxa\"/>") }
    xml.raw("<w:tblLayout w:type=\"fixed\"/>")
    xml.raw(
      "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
    )
    xml.raw(
      "<w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
    )
    let cellStart = xml.bytes.count
    if let caption { textParagraph(.answerCaption, caption, keepNext: true) }
    self.blocks(blocks, BlockContext(paragraphStyle: .answer, width: width - 340))
    // A cell holds at least one paragraph and ends with one.
    if lastWasTable || xml.bytes.count == cellStart {
      openParagraph(.answer)
      closeParagraph()
    }
    xml.raw("</w:tc></w:tr></w:tbl>")
    lastWasTable = true
  }

  /// `--review`: a bordered box with the localised caption and room to write.
  mutating func mentorBox() {
    // Room above the box (its own paragraphs have none, so that their borders join).
    openParagraph(.mentorNotes, keepNext: true, spaceBefore: true)
    styledRun(.mentorNotesCaption, localized.mentorNotes)
    closeParagraph()
    // Two lines to write on, kept on the caption's page.
    openParagraph(.mentorNotes, keepNext: true)
    closeParagraph()
    openParagraph(.mentorNotes)
    closeParagraph()
  }
}
