import DocumentOutline
import ExportKit

/// Writes `word/document.xml` as the outline walk drives it: WordprocessingML markup only (the
/// walk decides what goes where). It collects what other parts need on the way: list instances
/// for numbering.xml and link targets for the relationships. Split by concern into extensions:
/// paragraphs, runs, structure (lists, tables, boxes), contents, the document frame.
struct DocxBody: DocumentRenderer {
  var xml: XMLWriter
  var numbering: ListNumbering
  var hyperlinks = Hyperlinks()
  let styles: StyleMap
  let runProperties: RunProperties
  let page: PageSetup

  /// The format of the open run, if a run is open.
  var openRun: RunFormat?
  /// Character formatting of the spans around the current text, innermost last.
  var formats: [RunFormat] = [[]]
  /// The base format of the current paragraph's runs (bold in a table's header row).
  var paragraphFormat: RunFormat = []
  /// Whether the last body element was a table (two tables in a row need a paragraph between,
  /// and a paragraph after a table needs room above it).
  var lastWasTable = false
  /// Open lists: their numbering instance and level.
  var lists: [(numID: Int, level: Int)] = []
  /// The width available to tables, in twips: the text column, or an answer box's cell.
  var widths: [Int]
  /// The column widths of the open tables.
  var tableColumns: [[Int]] = []
  /// Bookmark ids written so far.
  var bookmarkCount = 0
  /// Inside the mentor box: how many of its paragraphs are written (the first gets room above).
  var mentorParagraphs: Int?
  /// The bookmark around the current paragraph's text, to close with it.
  var openBookmark: Int?
  /// The current paragraph is the mentor box's caption: its text takes the caption style.
  var captionRun = false
  /// Why the body could not be spooled to a temporary file, if it could not.
  var spillError: (any Error)?

  init(styles: StyleMap, page: PageSetup, numbering: ListNumbering, sourceBytes: Int) {
    self.styles = styles
    self.page = page
    self.numbering = numbering
    runProperties = RunProperties(styles: styles)
    xml = XMLWriter.body(forSourceBytes: sourceBytes)
    widths = [page.textWidth]
  }

  /// The indent of one nesting step of lists (matches Templates/docx/numbering.xml).
  static let listStep = 420
  /// The indent of one block quote (matches the Quote style).
  static let quoteStep = 567
  /// Deeper nesting than this is not indented further, so that text keeps a usable column.
  static let maximumIndent = 4_200

  /// The left indent of content at this nesting.
  static func indent(listDepth: Int, quoteDepth: Int) -> Int {
    min(listDepth * listStep + quoteDepth * quoteStep, maximumIndent)
  }

  // MARK: Document frame

  mutating func begin(_ plan: DocumentPlan) {
    xml.declaration()
    xml.raw("<w:document xmlns:w=\"")
    xml.attributeValue(Namespace.w)
    xml.raw("\" xmlns:r=\"")
    xml.attributeValue(Namespace.r)
    xml.raw("\"><w:body>")
  }

  mutating func end() {
    page.writeSection(into: &xml, headerID: Relationships.header, footerID: Relationships.footer)
    xml.raw("</w:body></w:document>")
  }
}
