import DocumentOutline
import ExportKit

/// Writes the body of content.xml (the children of `office:text`) as the outline walk drives it,
/// and the automatic styles its tables need: ODF markup only (the walk decides what goes where).
/// Split by concern into extensions: paragraphs and text, structure (lists, tables, boxes),
/// contents.
struct OdtBody: DocumentRenderer {
  /// The body markup.
  var xml: XMLWriter
  /// Automatic styles made while writing (table columns).
  var automaticStyles = XMLWriter(capacity: 1_024)
  let look: OdtLook
  /// Whether a space written now would be collapsed by ODF's white-space rule (at the start of
  /// a paragraph, or after a space): then it is written as `text:s`.
  var spaceWouldCollapse = true
  /// The element that closes the current paragraph.
  var paragraphClose: StaticString = "</text:p>"
  /// The walk's open lists, outermost first (see OdtBody+Lists).
  var lists: [OpenList] = []
  /// Automatic paragraph styles made for indented paragraphs, by parent style and margin.
  var indentStyles: [String: String] = [:]
  /// Open tables' names and whether each is laid out as a table (not a box).
  var tableNames: [String] = []
  var answerBoxes = 0
  /// The current row is the table's header row.
  var headerRow = false
  /// In the mentor box: how many of its paragraphs are written.
  var mentorParagraphs: Int?
  /// The current paragraph is the mentor box's caption: its text is strong.
  var captionSpan = false
  /// Why the body could not be spooled to a temporary file, if it could not.
  var spillError: (any Error)?

  init(look: OdtLook, sourceBytes: Int) {
    self.look = look
    xml = XMLWriter.body(forSourceBytes: sourceBytes)
  }

  mutating func begin(_ plan: DocumentPlan) {
    // The ODF way to switch change tracking on (LibreOffice also reads settings.xml).
    if plan.review { xml.raw("<text:tracked-changes text:track-changes=\"true\"/>") }
  }

  mutating func end() {}

  /// Our paragraph style for each role the walk gives.
  static func style(_ paragraph: Paragraph) -> StaticString {
    switch paragraph.style {
    case .title: return StyleName.title
    case .subtitle: return StyleName.subtitle
    case .roleLine: return StyleName.roleLine
    case .author: return StyleName.author
    case .heading: return StyleName.body  // headings are written as text:h (below)
    case .label, .subheading: return StyleName.label
    case .body: return StyleName.body
    case .listParagraph: return StyleName.listParagraph
    case .quote: return StyleName.quote
    case .code: return StyleName.code
    case .answerCode: return StyleName.answerCode
    case .answerCaption: return StyleName.answerCaption
    case .answer: return StyleName.answer
    case .answerHeading: return StyleName.answerHeading
    case .tableHeading:
      switch paragraph.alignment {
      case .center: return "PrepHeadCenter"
      case .right: return "PrepHeadEnd"
      case .left, .none: return StyleName.tableHeading
      }
    case .tableText:
      switch paragraph.alignment {
      case .center: return "PrepCellCenter"
      case .right: return "PrepCellEnd"
      case .left, .none: return StyleName.tableContents
      }
    case .horizontalRule: return StyleName.horizontalLine
    case .mentorNotesCaption, .mentorNotes: return StyleName.mentorNotes
    case .spacer: return "PrepSpacer"
    }
  }

  mutating func beginParagraph(_ paragraph: Paragraph) {
    spaceWouldCollapse = true
    if case .heading(let depth) = paragraph.style {
      // A real heading with its outline level, so LibreOffice's navigator lists it.
      let level = min(max(depth, 1), StyleName.maximumHeadingLevel)
      xml.raw("<text:h text:style-name=\"Heading_20_")
      xml.number(level)
      xml.raw("\" text:outline-level=\"")
      xml.number(level)
      xml.raw("\">")
      paragraphClose = "</text:h>"
    } else {
      if paragraph.numbered { openListsInMarkup() } else { closeListsInMarkup() }
      var style = Self.style(paragraph)
      if let count = mentorParagraphs {
        // The caption and the first line keep with the next, so the box stays on one page.
        if count < 2 { style = "PrepMentorKeep" }
        mentorParagraphs = count + 1
      }
      xml.raw("<text:p text:style-name=\"")
      if !paragraph.numbered, let indent = indent(of: paragraph) {
        xml.attributeValue(indentedStyle(style, margin: indent))
      } else {
        xml.raw(style)
      }
      xml.raw("\">")
      paragraphClose = "</text:p>"
    }
    if let bookmark = paragraph.bookmark {
      xml.raw("<text:bookmark text:name=\"")
      xml.attributeValue(bookmark)
      xml.raw("\"/>")
    }
    captionSpan = paragraph.style == .mentorNotesCaption
    if captionSpan {
      xml.raw("<text:span text:style-name=\"")
      xml.raw(StyleName.strong)
      xml.raw("\">")
    }
  }

  /// The left margin of a paragraph nested in lists or quotes, in centimetres (as the DOCX
  /// indents it), or nil when its style's own margin is right.
  func indent(of paragraph: Paragraph) -> Double? {
    guard paragraph.listDepth > 0 || paragraph.quoteDepth > 1 else { return nil }
    let base: Double
    switch paragraph.style {
    case .quote: base = 0
    case .code, .answerCode: base = 0.2
    default: base = 0
    }
    return base + 0.635 * Double(paragraph.listDepth) + 1.0 * Double(paragraph.quoteDepth)
  }

  /// An automatic style: `parent` with a left margin.
  mutating func indentedStyle(_ parent: StaticString, margin: Double) -> String {
    let width = StylesPart.centimetres(margin)
    let key = "\(parent)|\(width)"
    if let name = indentStyles[key] { return name }
    let name = "PrepIndent\(indentStyles.count + 1)"
    indentStyles[key] = name
    automaticStyles.raw("<style:style style:name=\"")
    automaticStyles.attributeValue(name)
    automaticStyles.raw("\" style:family=\"paragraph\" style:parent-style-name=\"")
    automaticStyles.raw(parent)
    automaticStyles.raw("\"><style:paragraph-properties fo:margin-left=\"")
    automaticStyles.attributeValue(width)
    automaticStyles.raw("\"/></style:style>")
    return name
  }

  mutating func endParagraph() {
    if captionSpan {
      xml.raw("</text:span>")
      captionSpan = false
    }
    xml.raw(paragraphClose)
    do { try xml.spillIfLarge() } catch { spillError = spillError ?? error }
  }
}
