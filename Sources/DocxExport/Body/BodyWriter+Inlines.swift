import ExportKit

extension BodyWriter {
  private struct InlineFrame {
    var inlines: [Inline]
    var index = 0
    var format: RunFormat
    var closesHyperlink = false
  }

  /// Writes inlines as runs: nested strong/emphasis/strike/code become one format per run,
  /// adjacent text of the same format shares a run, soft breaks join by the East Asian rule,
  /// links become `w:hyperlink`. Walked with an explicit stack (deep nesting is input too).
  mutating func runs(_ inlines: [Inline], _ base: RunFormat) {
    var stack = [InlineFrame(inlines: inlines, format: base)]
    while !stack.isEmpty {
      let top = stack.count - 1
      let index = stack[top].index
      guard index < stack[top].inlines.count else {
        if stack[top].closesHyperlink {
          closeRun()
          xml.raw("</w:hyperlink>")
        }
        stack.removeLast()
        continue
      }
      stack[top].index += 1
      let format = stack[top].format
      switch stack[top].inlines[index] {
      case .text(let s): text(s, format)
      case .softBreak: text(SoftBreak.joiner(in: stack[top].inlines, at: index), format)
      case .hardBreak: runElement("<w:br/>", format)
      case .code(let s): text(s, format.union(.code))
      case .strong(let children): stack.append(InlineFrame(inlines: children, format: format.union(.bold)))
      case .emphasis(let children): stack.append(InlineFrame(inlines: children, format: format.union(.italic)))
      case .strikethrough(let children): stack.append(InlineFrame(inlines: children, format: format.union(.strike)))
      case .link(let url, let title, let children):
        if !format.contains(.link) && openHyperlink(url, title: title) {
          stack.append(InlineFrame(inlines: children, format: format.union(.link), closesHyperlink: true))
        } else {
          stack.append(InlineFrame(inlines: children, format: format))
        }
      case .image(_, _, let alt): stack.append(InlineFrame(inlines: alt, format: format))
      case .html(let html):
        if RawHTMLText.isLineBreak(html) {
          runElement("<w:br/>", format)
        } else {
          text(RawHTMLText.text(html, block: false), format)
        }
      }
    }
    closeRun()
  }

  /// Opens `w:hyperlink` to a topic's bookmark (`#id`) or an external target; false when
  /// the link goes nowhere a document can follow (empty, or an unknown `#id`).
  private mutating func openHyperlink(_ url: String, title: String) -> Bool {
    if url.hasPrefix("#") {
      guard let bookmark = bookmarks[String(url.dropFirst())] else { return false }
      closeRun()
      xml.raw("<w:hyperlink w:anchor=\"\(Self.bookmarkName(bookmark))\" w:history=\"1\">")
      return true
    }
    guard !Hyperlinks.uriTarget(url).isEmpty else { return false }
    closeRun()
    xml.raw("<w:hyperlink r:id=\"")
    xml.raw(hyperlinks.id(for: url))
    xml.raw("\"")
    if !title.isEmpty {
      xml.raw(" w:tooltip=\"")
      xml.attributeValue(title)
      xml.raw("\"")
    }
    xml.raw(" w:history=\"1\">")
    return true
  }
}
