import ExportKit

extension BodyWriter {
  /// The whole `word/document.xml`.
  mutating func writeDocument(_ document: PrepDocument) {
    let all = document.allTopics
    for (index, entry) in all.enumerated() where bookmarks[entry.topic.id] == nil {
      bookmarks[entry.topic.id] = index + 1
    }
    xml.declaration()
    xml.raw("<w:document xmlns:w=\"\(Namespace.w)\" xmlns:r=\"\(Namespace.r)\"><w:body>")
    titleBlock(document.metadata)
    if options.tableOfContents {
      fingerprint.pause()
      tableOfContents(contentsEntries(document, topics: all))
      fingerprint.resume()
    }
    blocks(document.preamble, BlockContext(width: page.textWidth))
    for topic in document.topics { self.topic(topic, depth: 1) }
    appendix(document.unmatchedAnswers, firstBookmark: all.count + 1)
    separateTables()
    page.writeSection(into: &xml, headerID: Relationships.header, footerID: Relationships.footer)
    xml.raw("</w:body></w:document>")
  }

  /// Title; subtitle; role · company · date; the candidate's name.
  mutating func titleBlock(_ metadata: Metadata) {
    textParagraph(.title, metadata.title, keepNext: true)
    if let subtitle = metadata.subtitle, !subtitle.isEmpty { textParagraph(.subtitle, subtitle, keepNext: true) }
    if let roleLine = metadata.roleLine { textParagraph(.roleLine, roleLine, keepNext: true) }
    if let candidate = metadata.candidate, !candidate.isEmpty { textParagraph(.author, candidate) }
  }

  /// A heading paragraph with a bookmark around its text (the target of contents entries).
  mutating func heading(_ inlines: [Inline], style: StyleID, bookmark: Int?) {
    fingerprint.startSection()
    openParagraph(style)
    if let bookmark {
      xml.raw("<w:bookmarkStart w:id=\"\(bookmark)\" w:name=\"\(Self.bookmarkName(bookmark))\"/>")
    }
    runs(inlines, [])
    closeRun()
    if let bookmark { xml.raw("<w:bookmarkEnd w:id=\"\(bookmark)\"/>") }
    closeParagraph()
  }

  /// `_Toc12`: hidden in Word's bookmark list, like the bookmarks Word makes for its own contents.
  static func bookmarkName(_ number: Int) -> String { "_Toc\(number)" }

  /// The appendix of answers that matched no topic: a Heading 1, then each answer's heading
  /// as a Heading 2 and its content in an answer box.
  mutating func appendix(_ unmatched: [UnmatchedAnswer], firstBookmark: Int) {
    guard !unmatched.isEmpty else { return }
    heading([.text(localized.unmatchedAnswers)], style: .heading1, bookmark: firstBookmark)
    for (offset, answer) in unmatched.enumerated() {
      heading(answer.heading, style: .heading2, bookmark: firstBookmark + 1 + offset)
      if !answer.blocks.isEmpty {
        answerBox(caption: nil, answer.blocks, BlockContext(width: page.textWidth))
      }
    }
  }
}
