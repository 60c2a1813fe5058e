import ExportKit

extension BodyWriter {
  /// The whole body: change tracking with `--review`, the title block, the table of contents
  /// with `--toc`, the preamble, the topics, and the appendix of unmatched answers.
  mutating func writeDocument(_ document: PrepDocument) {
    let all = document.allTopics
    for entry in all { bookmarks.insert(entry.topic.id) }
    // The ODF way to switch tracking on; LibreOffice reads settings.xml's RecordChanges.
    if options.review { xml.raw("<text:tracked-changes text:track-changes=\"true\"/>") }
    titleBlock(document.metadata)
    if options.tableOfContents {
      fingerprint.pause()
      tableOfContents(contentsEntries(document, topics: all))
      fingerprint.resume()
    }
    blocks(document.preamble, BlockContext())
    for topic in document.topics { self.topic(topic, depth: 1) }
    appendix(document.unmatchedAnswers)
  }

  /// Title; subtitle; role · company · date; the candidate's name.
  mutating func titleBlock(_ metadata: Metadata) {
    textParagraph(StyleName.title, metadata.title)
    if let subtitle = metadata.subtitle, !subtitle.isEmpty { textParagraph(StyleName.subtitle, subtitle) }
    if let roleLine = metadata.roleLine { textParagraph(StyleName.roleLine, roleLine) }
    if let candidate = metadata.candidate, !candidate.isEmpty { textParagraph(StyleName.author, candidate) }
  }

  /// A real heading (`text:h` with its outline level, so LibreOffice's navigator lists it),
  /// with a bookmark named after the topic's id: the target of links and contents entries.
  mutating func heading(_ inlines: [Inline], depth: Int, bookmark: String?) {
    let level = min(max(depth, 1), StyleName.maximumHeadingLevel)
    fingerprint.startSection()
    xml.raw("<text:h text:style-name=\"\(StyleName.heading(level))\" text:outline-level=\"\(level)\">")
    spaceWouldCollapse = true
    if let bookmark {
      xml.raw("<text:bookmark text:name=\"")
      xml.attributeValue(bookmark)
      xml.raw("\"/>")
    }
    self.inlines(inlines)
    xml.raw("</text:h>")
  }

  /// The bookmark of the appendix's heading and of each unmatched answer's heading.
  static func appendixBookmark(_ index: Int?) -> String {
    index.map { "_prep_appendix_\($0 + 1)" } ?? "_prep_appendix"
  }

  /// The appendix of answers that matched no topic: a Heading 1, then each answer's heading
  /// as a Heading 2 and its content in the Answer style.
  mutating func appendix(_ unmatched: [UnmatchedAnswer]) {
    guard !unmatched.isEmpty else { return }
    heading([.text(localized.unmatchedAnswers)], depth: 1, bookmark: Self.appendixBookmark(nil))
    for (offset, answer) in unmatched.enumerated() {
      heading(answer.heading, depth: 2, bookmark: Self.appendixBookmark(offset))
      if !answer.blocks.isEmpty { answerBox(caption: nil, answer.blocks) }
    }
  }
}
