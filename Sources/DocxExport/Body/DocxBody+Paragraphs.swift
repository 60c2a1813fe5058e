import DocumentOutline
import ExportKit

extension DocxBody {
  /// Our style for each paragraph role the walk gives.
  static func style(_ style: ParagraphStyle) -> StyleID {
    switch style {
    case .title: return .title
    case .subtitle: return .subtitle
    case .roleLine: return .roleLine
    case .author: return .author
    case .heading(let level): return StyleID.heading(level)
    case .label, .subheading: return .label
    case .body: return .normal
    case .listParagraph: return .listParagraph
    case .quote: return .quote
    case .code, .answerCode: return .sourceCode
    case .answerCaption: return .answerCaption
    case .answer: return .answer
    case .answerHeading: return .answerHeading
    case .tableHeading, .tableText: return .tableText
    case .horizontalRule: return .horizontalRule
    case .mentorNotesCaption, .mentorNotes: return .mentorNotes
    case .spacer: return .normal
    }
  }

  /// The left indent a style gives by itself (Templates/docx/styles.xml).
  static func defaultIndent(_ style: StyleID) -> Int {
    switch style {
    case .quote: return quoteStep
    case .sourceCode: return 113
    default: return 0
    }
  }

  /// Styles that have room above of their own (after a table, others get some).
  private static let spacedStyles: Set<StyleID> = [
    .heading1, .heading2, .heading3, .heading4, .heading5, .heading6, .label, .title, .tocHeading,
  ]

  mutating func beginParagraph(_ paragraph: Paragraph) {
    if paragraph.style == .spacer {
      // One point high, no spacing: it only keeps tables apart.
      xml.raw(
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr>"
      )
      lastWasTable = false
      paragraphFormat = []
      captionRun = false
      return
    }
    let style = Self.style(paragraph.style)
    let left = Self.indent(listDepth: paragraph.listDepth, quoteDepth: paragraph.quoteDepth)
    var indent: Int?
    var hanging = 0
    var numbering: (id: Int, level: Int)?
    if paragraph.numbered, let list = lists.last {
      // The numbering's own indent is the list level's; a quote around the list adds to it.
      numbering = (list.numID, list.level)
      hanging = Self.listStep
      if left != Self.listStep * (list.level + 1) { indent = left }
    } else {
      let wanted = style == .sourceCode ? left + 113 : left
      if wanted != Self.defaultIndent(style) { indent = wanted }
    }
    var spaceBefore = false
    if let count = mentorParagraphs {
      // Room above the mentor box (its own paragraphs have none, so that their borders join).
      spaceBefore = count == 0
      mentorParagraphs = count + 1
    }
    if lastWasTable && !Self.spacedStyles.contains(style) { spaceBefore = true }
    openParagraph(
      style, keepNext: paragraph.keepWithNext, numbering: numbering, indent: indent, hanging: hanging,
      alignment: Self.alignment(paragraph.alignment), spaceBefore: spaceBefore)
    lastWasTable = false
    paragraphFormat = paragraph.style == .tableHeading ? .bold : []
    captionRun = paragraph.style == .mentorNotesCaption
    if let bookmark = paragraph.bookmark {
      bookmarkCount += 1
      xml.raw("<w:bookmarkStart w:id=\"")
      xml.number(bookmarkCount)
      xml.raw("\" w:name=\"")
      xml.attributeValue(bookmark)
      xml.raw("\"/>")
      openBookmark = bookmarkCount
    }
  }

  mutating func endParagraph() {
    closeRun()
    if let bookmark = openBookmark {
      xml.raw("<w:bookmarkEnd w:id=\"")
      xml.number(bookmark)
      xml.raw("\"/>")
      openBookmark = nil
    }
    captionRun = false
    xml.raw("</w:p>")
    lastWasTable = false
    do { try xml.spillIfLarge() } catch { spillError = spillError ?? error }
  }

  static func alignment(_ alignment: Table.Alignment) -> StaticString? {
    switch alignment {
    case .center: return "center"
    case .right: return "right"
    case .left, .none: return nil
    }
  }

  /// `<w:p><w:pPr>…</w:pPr>`: properties in the order CT_PPrBase requires.
  mutating func openParagraph(
    _ style: StyleID, keepNext: Bool = false, numbering: (id: Int, level: Int)? = nil, indent: Int? = nil,
    hanging: Int = 0, alignment: StaticString? = nil, spaceBefore: Bool = false, rightTab: Int? = nil
  ) {
    if style == .normal && !keepNext && numbering == nil && indent == nil && alignment == nil && !spaceBefore
      && rightTab == nil
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
      xml.number(numbering.level)
      xml.raw("\"/><w:numId w:val=\"")
      xml.number(numbering.id)
      xml.raw("\"/></w:numPr>")
    }
    if let rightTab {
      xml.raw("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"")
      xml.number(rightTab)
      xml.raw("\"/></w:tabs>")
    }
    if spaceBefore { xml.raw("<w:spacing w:before=\"160\"/>") }
    if let indent {
      xml.raw("<w:ind w:left=\"")
      xml.number(indent)
      if hanging > 0 {
        xml.raw("\" w:hanging=\"")
        xml.number(hanging)
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

}
