import ExportKit

extension BodyWriter {
  /// One line of the table of contents.
  struct ContentsEntry {
    var title: String
    var level: Int
    var bookmark: String
  }

  /// The headings the contents lists: every topic, then the appendix and its answers.
  func contentsEntries(_ document: PrepDocument, topics: [(topic: Topic, depth: Int)]) -> [ContentsEntry] {
    var entries = topics.map {
      ContentsEntry(
        title: $0.topic.titleText, level: min($0.depth, StyleName.maximumHeadingLevel), bookmark: $0.topic.id)
    }
    if !document.unmatchedAnswers.isEmpty {
      entries.append(ContentsEntry(title: localized.unmatchedAnswers, level: 1, bookmark: Self.appendixBookmark(nil)))
      for (offset, answer) in document.unmatchedAnswers.enumerated() {
        entries.append(ContentsEntry(title: answer.headingText, level: 2, bookmark: Self.appendixBookmark(offset)))
      }
    }
    return entries
  }

  /// `--toc`: a `text:table-of-content` over outline levels 1–6 whose body is already
  /// written, so it shows before anyone updates it. Each entry links to its heading's
  /// bookmark, and its page number is a page reference to that bookmark, which LibreOffice
  /// computes when it lays the document out. Updating the index regenerates the same.
  mutating func tableOfContents(_ entries: [ContentsEntry]) {
    xml.raw("<text:table-of-content text:style-name=\"PrepContents\" text:protected=\"true\" text:name=\"Contents\">")
    xml.raw("<text:table-of-content-source text:outline-level=\"\(StyleName.maximumHeadingLevel)\">")
    xml.raw("<text:index-title-template text:style-name=\"")
    xml.raw(StyleName.contentsHeading)
    xml.raw("\">")
    xml.text(localized.contents)
    xml.raw("</text:index-title-template>")
    for level in 1...StyleName.maximumHeadingLevel {
      xml.raw(
        "<text:table-of-content-entry-template text:outline-level=\"\(level)\" text:style-name=\"\(StyleName.contents(level))\">"
      )
      xml.raw("<text:index-entry-link-start text:style-name=\"")
      xml.raw(StyleName.indexLink)
      xml.raw("\"/><text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>")
      xml.raw("<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>")
    }
    xml.raw("</text:table-of-content-source><text:index-body>")
    xml.raw("<text:index-title text:name=\"Contents_Head\">")
    textParagraph(StyleName.contentsHeading, localized.contents)
    xml.raw("</text:index-title>")
    for entry in entries {
      openParagraph(StyleName.contents(entry.level))
      xml.raw("<text:a xlink:type=\"simple\" xlink:href=\"#")
      xml.attributeValue(entry.bookmark)
      xml.raw("\" text:style-name=\"")
      xml.raw(StyleName.indexLink)
      xml.raw("\" text:visited-style-name=\"")
      xml.raw(StyleName.indexLink)
      xml.raw("\">")
      text(entry.title)
      xml.raw("<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"")
      xml.attributeValue(entry.bookmark)
      xml.raw("\">1</text:bookmark-ref></text:a>")
      closeParagraph()
    }
    xml.raw("</text:index-body></text:table-of-content>")
  }
}
