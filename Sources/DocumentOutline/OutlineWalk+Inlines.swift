import ExportKit
import PrepModel

/// One open inline sequence of the inline walk. Not nested in the generic walk, so that its
/// metadata is made once, not per renderer type at run time.
struct InlineFrame {
  var inlines: Inlines
  var position: Int
  var closes: InlineCloser
  var inLink: Bool
}

/// What ends an inline sequence.
enum InlineCloser { case none, span, link }

extension OutlineWalk {
  /// Writes inlines: emphasis and code as spans, links to a heading or elsewhere (a link that
  /// goes nowhere keeps its text), images as their alternative text, raw HTML as its text
  /// (`<br>` as a line break), soft breaks joined by the East Asian rule. Walked with a stack of
  /// frames: deep nesting is input too.
  mutating func inlines(_ inlines: Inlines) {
    var stack = [InlineFrame(inlines: inlines, position: inlines.startIndex, closes: .none, inLink: false)]
    while let top = stack.last {
      guard top.position < top.inlines.endIndex else {
        switch top.closes {
        case .span: renderer.endSpan()
        case .link: renderer.endLink()
        case .none: break
        }
        stack.removeLast()
        continue
      }
      let position = top.position
      stack[stack.count - 1].position = top.inlines.index(after: position)
      switch top.inlines[position] {
      case .text(let s): emit(s)
      case .softBreak:
        let next = top.inlines.firstCharacter(afterPosition: position)
        let joiner = SoftBreak.joiner(after: lastCharacter, before: next)
        if !joiner.isEmpty { emit(Substring(joiner)) }
      case .hardBreak:
        renderer.lineBreak()
        lastCharacter = nil
      case .code(let s):
        renderer.beginSpan(.code)
        emit(s)
        renderer.endSpan()
      case .strong(let children): span(.strong, children, top.inLink, &stack)
      case .emphasis(let children): span(.emphasis, children, top.inLink, &stack)
      case .strikethrough(let children): span(.strikethrough, children, top.inLink, &stack)
      case .link(let url, let title, let children):
        let target = top.inLink ? nil : linkTarget(url, title)
        if let target { renderer.beginLink(target) }
        stack.append(
          InlineFrame(
            inlines: children, position: children.startIndex, closes: target == nil ? .none : .link,
            inLink: top.inLink || target != nil))
      case .image(_, _, let alt):
        stack.append(InlineFrame(inlines: alt, position: alt.startIndex, closes: .none, inLink: top.inLink))
      case .html(let html):
        if RawHTMLText.isLineBreak(String(html)) {
          renderer.lineBreak()
          lastCharacter = nil
        } else {
          emit(Substring(RawHTMLText.text(String(html), block: false)))
        }
      }
    }
  }

  private mutating func span(_ style: SpanStyle, _ children: Inlines, _ inLink: Bool, _ stack: inout [InlineFrame]) {
    renderer.beginSpan(style)
    stack.append(InlineFrame(inlines: children, position: children.startIndex, closes: .span, inLink: inLink))
  }

  /// Where a link goes: a topic's heading for `#id`, else the URL; nil when it goes nowhere a
  /// document can follow (empty, or an unknown `#id`).
  func linkTarget(_ url: Substring, _ title: Substring) -> LinkTarget? {
    if url.hasPrefix("#") { return bookmarks[String(url.dropFirst())].map(LinkTarget.bookmark) }
    return url.isEmpty ? nil : .external(url: url, title: title)
  }

  /// Writes text, tabs and line feeds as the renderer's tab and line-break events.
  mutating func emit(_ text: Substring) {
    guard !text.isEmpty else { return }
    var hasBreaks = false
    for byte in text.utf8 where byte == 0x09 || byte == 0x0A || byte == 0x0D {
      hasBreaks = true
      break
    }
    guard hasBreaks else {
      renderer.text(text)
      lastCharacter = text.last
      return
    }
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if c == "\t" || c == "\n" || c == "\r" || c == "\r\n" {
        if start < index { renderer.text(text[start..<index]) }
        if c == "\t" {
          renderer.tab()
          lastCharacter = " "
        } else {
          renderer.lineBreak()
          lastCharacter = nil
        }
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    if start < text.endIndex {
      renderer.text(text[start...])
      lastCharacter = text.last
    }
  }
}
