import DocumentOutline
import ExportKit

extension DocxBody {
  /// The format of text written now: the paragraph's, with every open span's.
  var currentFormat: RunFormat { formats[formats.count - 1].union(paragraphFormat) }

  mutating func text(_ text: Substring) {
    guard !text.isEmpty else { return }
    if captionRun {
      styledRun(.mentorNotesCaption, text)
      return
    }
    let format = currentFormat
    if openRun != format { startRun(format) }
    xml.text(text)
  }

  mutating func tab() { runElement("<w:tab/>") }

  mutating func lineBreak() { runElement("<w:br/>") }

  mutating func beginSpan(_ style: SpanStyle) {
    let added: RunFormat
    switch style {
    case .strong: added = .bold
    case .emphasis: added = .italic
    case .strikethrough: added = .strike
    case .code: added = .code
    }
    formats.append(formats[formats.count - 1].union(added))
  }

  mutating func endSpan() { if formats.count > 1 { formats.removeLast() } }

  mutating func beginLink(_ target: LinkTarget) {
    closeRun()
    switch target {
    case .bookmark(let name):
      xml.raw("<w:hyperlink w:anchor=\"")
      xml.attributeValue(name)
      xml.raw("\" w:history=\"1\">")
    case .external(let url, let title):
      xml.raw("<w:hyperlink r:id=\"")
      xml.attributeValue(hyperlinks.id(for: String(url)))
      xml.raw("\"")
      if !title.isEmpty {
        xml.raw(" w:tooltip=\"")
        xml.attributeValue(title)
        xml.raw("\"")
      }
      xml.raw(" w:history=\"1\">")
    }
    formats.append(formats[formats.count - 1].union(.link))
  }

  mutating func endLink() {
    closeRun()
    xml.raw("</w:hyperlink>")
    if formats.count > 1 { formats.removeLast() }
  }

  /// A run element that is not text (`<w:br/>`, `<w:tab/>`) in a run of the current format.
  mutating func runElement(_ markup: StaticString) {
    let format = currentFormat
    if openRun != format { startRun(format) }
    xml.raw("</w:t>")
    xml.raw(markup)
    xml.raw("<w:t xml:space=\"preserve\">")
  }

  /// A run with a character style, closed at once (the mentor box's caption).
  mutating func styledRun(_ style: StyleID, _ s: Substring) {
    closeRun()
    xml.raw("<w:r><w:rPr><w:rStyle w:val=\"")
    xml.attributeValue(styles[style])
    xml.raw("\"/></w:rPr><w:t xml:space=\"preserve\">")
    xml.text(s)
    xml.raw("</w:t></w:r>")
  }

  private mutating func startRun(_ format: RunFormat) {
    closeRun()
    xml.raw("<w:r>")
    xml.append(runProperties[format])
    xml.raw("<w:t xml:space=\"preserve\">")
    openRun = format
  }

  mutating func closeRun() {
    guard openRun != nil else { return }
    xml.raw("</w:t></w:r>")
    openRun = nil
  }
}
