import ExportKit

/// Writes `word/document.xml` in one pass into an `XMLWriter`: the title block, the table of
/// contents, the topics with their parts, answers and mentor boxes, and the appendix. It
/// collects what other parts need on the way: list instances for numbering.xml and link
/// targets for the relationships. Split by concern into extensions: document and topics,
/// blocks, lists, tables, inlines, contents.
struct BodyWriter {
  var xml: XMLWriter
  var numbering: ListNumbering
  var hyperlinks = Hyperlinks()
  let styles: StyleMap
  let runProperties: RunProperties
  let localized: Localized
  let options: ExportOptions
  let page: PageSetup
  let lang: LanguageTag
  /// Heading bookmarks by topic id (for contents entries and `#id` links).
  var bookmarks: [String: Int] = [:]
  /// Answers to the current topic's questions not yet written, by question id.
  var pendingAnswers: [String: Question] = [:]
  /// Whether the last body element was a table (two tables in a row need a paragraph between).
  var lastWasTable = false
  /// The format of the open run, if a run is open.
  private var openRun: RunFormat?
  /// The text written, section by section (`FingerprintProperties`).
  var fingerprint = SectionFingerprints()

  init(
    styles: StyleMap, page: PageSetup, numbering: ListNumbering, lang: LanguageTag, options: ExportOptions,
    sourceBytes: Int
  ) {
    self.styles = styles
    self.page = page
    self.numbering = numbering
    self.lang = lang
    self.options = options
    localized = Localized(lang)
    runProperties = RunProperties(styles: styles)
    xml = XMLWriter.body(forSourceBytes: sourceBytes)
  }

  // MARK: Paragraphs

  /// `<w:p><w:pPr>…</w:pPr>`: properties in the order CT_PPrBase requires.
  mutating func openParagraph(
    _ style: StyleID, keepNext: Bool = false, numbering: (id: Int, level: Int)? = nil, indent: Int? = nil,
    hanging: Int = 0, alignment: String? = nil, spaceBefore: Bool = false
  ) {
    if style == .normal && !keepNext && numbering == nil && indent == nil && alignment == nil && !lastWasTable
      && !spaceBefore
    {
      // The default paragraph style needs no properties: most paragraphs of a prep bank.
      xml.raw("<w:p>")
      return
    }
    xml.raw("<w:p><w:pPr><w:pStyle w:val=\"")
    xml.attributeValue(styles[style])
    xml.raw("\"/>")
    if keepNext { xml.raw("<w:keepNext/>") }
    if let numbering {
      xml.raw("<w:numPr><w:ilvl w:val=\"")
      xml.raw(String(numbering.level))
      xml.raw("\"/><w:numId w:val=\"")
      xml.raw(String(numbering.id))
      xml.raw("\"/></w:numPr>")
    }
    // Room after a table, which has no spacing of its own (headings and labels have theirs).
    if spaceBefore || (lastWasTable && !Self.spacedStyles.contains(style)) {
      xml.raw("<w:spacing w:before=\"160\"/>")
    }
    if let indent {
      xml.raw("<w:ind w:left=\"")
      xml.raw(String(indent))
      if hanging > 0 {
        xml.raw("\" w:hanging=\"")
        xml.raw(String(hanging))
      }
      xml.raw("\"/>")
    }
    if let alignment {
      xml.raw("<w:jc w:val=\"")
      xml.raw(alignment)
      xml.raw("\"/>")
    }
    xml.raw("</w:pPr>")
  }

  private static let spacedStyles: Set<StyleID> = [
    .heading1, .heading2, .heading3, .heading4, .heading5, .heading6, .label, .title, .tocHeading,
  ]

  /// Closes the open run and the paragraph.
  mutating func closeParagraph() {
    closeRun()
    xml.raw("</w:p>")
    lastWasTable = false
  }

  /// A paragraph of one style holding plain text.
  mutating func textParagraph(_ style: StyleID, _ text: String, keepNext: Bool = false) {
    openParagraph(style, keepNext: keepNext)
    self.text(text, [])
    closeParagraph()
  }

  /// An empty paragraph between two tables, which Word would otherwise join.
  mutating func separateTables() {
    if lastWasTable { xml.raw("<w:p/>") }
    lastWasTable = false
  }

  // MARK: Runs

  /// Text in a run of `format`, continuing the open run when its format is the same.
  mutating func text(_ s: String, _ format: RunFormat) {
    guard !s.isEmpty else { return }
    if openRun != format { startRun(format) }
    xml.text(s)
    fingerprint.add(s)
  }

  /// A run element that is not text (`<w:br/>`, `<w:tab/>`) inside a run of `format`.
  mutating func runElement(_ markup: StaticString, _ format: RunFormat) {
    if openRun != format { startRun(format) }
    xml.raw("</w:t>")
    xml.raw(markup)
    xml.raw("<w:t xml:space=\"preserve\">")
  }

  /// A run with a character style, closed at once (captions).
  mutating func styledRun(_ style: StyleID, _ s: String) {
    closeRun()
    xml.raw("<w:r><w:rPr><w:rStyle w:val=\"")
    xml.attributeValue(styles[style])
    xml.raw("\"/></w:rPr><w:t xml:space=\"preserve\">")
    xml.text(s)
    fingerprint.add(s)
    xml.raw("</w:t></w:r>")
  }

  private mutating func startRun(_ format: RunFormat) {
    closeRun()
    xml.raw("<w:r>")
    xml.raw(runProperties[format])
    xml.raw("<w:t xml:space=\"preserve\">")
    openRun = format
  }

  mutating func closeRun() {
    guard openRun != nil else { return }
    xml.raw("</w:t></w:r>")
    openRun = nil
  }
}
