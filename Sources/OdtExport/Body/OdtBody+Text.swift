import DocumentOutline
import ExportKit

extension OdtBody {
  /// Writes text, keeping its white space as ODF requires: a space that would be collapsed (at
  /// the start of a paragraph or after another space) becomes `text:s`. Scans bytes; text
  /// without such spaces is written whole.
  mutating func text(_ s: Substring) {
    let utf8 = s.utf8
    var segmentStart = utf8.startIndex
    var index = utf8.startIndex
    let end = utf8.endIndex
    while index != end {
      let byte = utf8[index]
      guard byte == 0x20 else {
        spaceWouldCollapse = false
        index = utf8.index(after: index)
        continue
      }
      if !spaceWouldCollapse {
        spaceWouldCollapse = true
        index = utf8.index(after: index)
        continue
      }
      if segmentStart < index { xml.text(s[segmentStart..<index]) }
      var count = 0
      while index != end && utf8[index] == 0x20 {
        count += 1
        index = utf8.index(after: index)
      }
      if count == 1 {
        xml.raw("<text:s/>")
      } else {
        xml.raw("<text:s text:c=\"")
        xml.number(count)
        xml.raw("\"/>")
      }
      segmentStart = index
    }
    if segmentStart == utf8.startIndex {
      xml.text(s)
    } else if segmentStart < end {
      xml.text(s[segmentStart..<end])
    }
  }

  mutating func tab() {
    xml.raw("<text:tab/>")
    spaceWouldCollapse = true
  }

  mutating func lineBreak() {
    xml.raw("<text:line-break/>")
    spaceWouldCollapse = true
  }

  /// Named text styles: Strong Emphasis, Emphasis, Strikethrough, Source Text.
  mutating func beginSpan(_ style: SpanStyle) {
    xml.raw("<text:span text:style-name=\"")
    switch style {
    case .strong: xml.raw(StyleName.strong)
    case .emphasis: xml.raw(StyleName.emphasis)
    case .strikethrough: xml.raw(StyleName.strikethrough)
    case .code: xml.raw(StyleName.sourceText)
    }
    xml.raw("\">")
  }

  mutating func endSpan() { xml.raw("</text:span>") }

  mutating func beginLink(_ target: LinkTarget) {
    xml.raw("<text:a xlink:type=\"simple\" xlink:href=\"")
    switch target {
    case .bookmark(let name):
      xml.raw("#")
      xml.attributeValue(name)
      xml.raw("\"")
    case .external(let url, let title):
      xml.attributeValue(url)
      xml.raw("\"")
      if !title.isEmpty {
        xml.raw(" office:title=\"")
        xml.attributeValue(title)
        xml.raw("\"")
      }
    }
    xml.raw(" text:style-name=\"")
    xml.raw(StyleName.link)
    xml.raw("\" text:visited-style-name=\"")
    xml.raw(StyleName.visitedLink)
    xml.raw("\">")
  }

  mutating func endLink() { xml.raw("</text:a>") }
}
