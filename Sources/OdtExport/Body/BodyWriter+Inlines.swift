import ExportKit

extension BodyWriter {
  private struct InlineFrame {
    var inlines: [Inline]
    var index = 0
    /// The markup that closes this frame's span or link.
    var close: StaticString?
    var inLink: Bool
  }

  /// Writes inlines as text spans with named text styles (Strong Emphasis, Emphasis,
  /// Strikethrough, Source Text), links as `text:a`, hard breaks as `text:line-break`, soft
  /// breaks by the East Asian rule. Walked with an explicit stack: deep nesting is input too.
  mutating func inlines(_ inlines: [Inline]) {
    var stack = [InlineFrame(inlines: inlines, close: nil, inLink: false)]
    while !stack.isEmpty {
      let top = stack.count - 1
      let index = stack[top].index
      guard index < stack[top].inlines.count else {
        if let close = stack[top].close { xml.raw(close) }
        stack.removeLast()
        continue
      }
      stack[top].index += 1
      let inLink = stack[top].inLink
      switch stack[top].inlines[index] {
      case .text(let s): text(s)
      case .softBreak: text(SoftBreak.joiner(in: stack[top].inlines, at: index))
      case .hardBreak: lineBreak()
      case .code(let s):
        openSpan(StyleName.sourceText)
        text(s)
        xml.raw("</text:span>")
      case .strong(let children):
        openSpan(StyleName.strong)
        stack.append(InlineFrame(inlines: children, close: "</text:span>", inLink: inLink))
      case .emphasis(let children):
        openSpan(StyleName.emphasis)
        stack.append(InlineFrame(inlines: children, close: "</text:span>", inLink: inLink))
      case .strikethrough(let children):
        openSpan(StyleName.strikethrough)
        stack.append(InlineFrame(inlines: children, close: "</text:span>", inLink: inLink))
      case .link(let url, let title, let children):
        let opened = !inLink && openLink(url, title: title)
        stack.append(InlineFrame(inlines: children, close: opened ? "</text:a>" : nil, inLink: inLink || opened))
      case .image(_, _, let alt):
        stack.append(InlineFrame(inlines: alt, close: nil, inLink: inLink))
      case .html(let html):
        if RawHTMLText.isLineBreak(html) {
          lineBreak()
        } else {
          text(RawHTMLText.text(html, block: false))
        }
      }
    }
  }

  mutating func lineBreak() {
    xml.raw("<text:line-break/>")
    spaceWouldCollapse = true
  }

  private mutating func openSpan(_ style: StaticString) {
    xml.raw("<text:span text:style-name=\"")
    xml.raw(style)
    xml.raw("\">")
  }

  /// Opens `text:a` to a topic's heading (`#id`) or an external target; false when the link
  /// goes nowhere a document can follow (empty, or an unknown `#id`): its text stays.
  private mutating func openLink(_ url: String, title: String) -> Bool {
    if url.hasPrefix("#") {
      guard bookmarks.contains(String(url.dropFirst())) else { return false }
    }
    guard !url.isEmpty else { return false }
    xml.raw("<text:a xlink:type=\"simple\" xlink:href=\"")
    xml.attributeValue(url)
    xml.raw("\"")
    if !title.isEmpty {
      xml.raw(" office:title=\"")
      xml.attributeValue(title)
      xml.raw("\"")
    }
    xml.raw(" text:style-name=\"")
    xml.raw(StyleName.link)
    xml.raw("\" text:visited-style-name=\"")
    xml.raw(StyleName.visitedLink)
    xml.raw("\">")
    return true
  }
}
