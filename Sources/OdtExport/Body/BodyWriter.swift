import ExportKit

/// Writes the body of content.xml (the children of `office:text`) in one pass, and the
/// automatic styles its tables need. Split by concern into extension files: the document's
/// outline, topics and answers, blocks, lists, inlines and their white space, tables, and
/// the table of contents.
struct BodyWriter {
  /// The body markup.
  var xml = XMLWriter(capacity: 65_536)
  /// Automatic styles made while writing (table columns).
  var automaticStyles = XMLWriter(capacity: 1_024)
  let options: ExportOptions
  let look: OdtLook
  let localized: Localized
  /// Bookmark names of the topics' headings (their ids), the targets of `#id` links and of
  /// the table of contents.
  var bookmarks: Set<String> = []
  /// Answers to the current topic's questions not yet written, by question id.
  var pendingAnswers: [String: Question] = [:]
  /// How many lists and tables have been written: their ids and names.
  var listCount = 0
  var tableCount = 0
  /// Whether a space written now would be collapsed by ODF's white-space rule (at the start
  /// of a paragraph, or after a space): then it is written as `text:s`.
  var spaceWouldCollapse = true
  /// The text written, section by section (`FingerprintProperties`).
  var fingerprint = SectionFingerprints()

  init(options: ExportOptions, look: OdtLook, sourceBytes: Int) {
    xml = XMLWriter.body(forSourceBytes: sourceBytes)
    self.options = options
    self.look = look
    localized = Localized(look.lang)
  }

  /// `<text:p text:style-name="…">`.
  mutating func openParagraph(_ style: StaticString) {
    xml.raw("<text:p text:style-name=\"")
    xml.raw(style)
    xml.raw("\">")
    spaceWouldCollapse = true
  }

  mutating func openParagraph(_ style: String) {
    xml.raw("<text:p text:style-name=\"")
    xml.raw(style)
    xml.raw("\">")
    spaceWouldCollapse = true
  }

  mutating func closeParagraph() { xml.raw("</text:p>") }

  /// A paragraph of plain text.
  mutating func textParagraph(_ style: StaticString, _ text: String) {
    openParagraph(style)
    self.text(text)
    closeParagraph()
  }

  /// A paragraph of inlines.
  mutating func inlineParagraph(_ style: StaticString, _ inlines: [Inline], prefix: String = "") {
    openParagraph(style)
    if !prefix.isEmpty { text(prefix) }
    self.inlines(inlines)
    closeParagraph()
  }

  /// An empty paragraph.
  mutating func emptyParagraph(_ style: StaticString) {
    xml.raw("<text:p text:style-name=\"")
    xml.raw(style)
    xml.raw("\"/>")
  }
}
