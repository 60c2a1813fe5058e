import ExportKit

extension BodyWriter {
  /// One entry of the table of contents.
  struct ContentsEntry {
    var title: [Inline]
    var depth: Int
    var bookmark: Int
  }

  /// The entries Word's `TOC \o "1-3"` would list: topics down to depth 3, and the appendix.
  func contentsEntries(_ document: PrepDocument, topics: [(topic: Topic, depth: Int)]) -> [ContentsEntry] {
    var entries = topics.filter { $0.depth <= 3 }.map {
      ContentsEntry(title: $0.topic.title, depth: $0.depth, bookmark: bookmarks[$0.topic.id] ?? 0)
    }
    if !document.unmatchedAnswers.isEmpty {
      let first = topics.count + 1
      entries.append(ContentsEntry(title: [.text(localized.unmatchedAnswers)], depth: 1, bookmark: first))
      for (offset, answer) in document.unmatchedAnswers.enumerated() {
        entries.append(ContentsEntry(title: answer.heading, depth: 2, bookmark: first + 1 + offset))
      }
    }
    return entries
  }

  /// `--toc`: a TOC field marked dirty (Word rebuilds it on open, with page numbers), whose
  /// result already holds the entries as links to the headings, so that viewers that do not
  /// update fields still show the contents.
  mutating func tableOfContents(_ entries: [ContentsEntry]) {
    textParagraph(.tocHeading, localized.contents, keepNext: true)
    let begin =
      "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-3&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    guard !entries.isEmpty else {
      openParagraph(.toc1)
      xml.raw(begin)
      xml.raw(end)
      closeParagraph()
      return
    }
    for (index, entry) in entries.enumerated() {
      openParagraph(.toc(entry.depth))
      if index == 0 { xml.raw(begin) }
      xml.raw("<w:hyperlink w:anchor=\"\(Self.bookmarkName(entry.bookmark))\" w:history=\"1\">")
      text(Inline.plainText(entry.title), [])
      closeRun()
      xml.raw("</w:hyperlink>")
      if index == entries.count - 1 { xml.raw(end) }
      closeParagraph()
    }
  }
}
