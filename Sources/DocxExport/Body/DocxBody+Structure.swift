import DocumentOutline
import ExportKit

extension DocxBody {
  // MARK: Lists

  /// A list: one numbering instance of its own, restarting at its start, at its nesting level.
  mutating func beginList(_ list: ListStart) {
    let level = min(list.depth, ListNumbering.maximumLevel)
    let numID = numbering.newList(ordered: list.ordered, level: level, start: list.start)
    lists.append((numID, level))
  }

  mutating func endList() { lists.removeLast() }

  /// Word has no item element: the item's first paragraph carries the number.
  mutating func beginItem(_ item: ItemStart) {}
  mutating func endItem() {}

  /// Word has no quote element: quoted paragraphs take the Quote style and an indent.
  mutating func beginQuote() {}
  mutating func endQuote() {}

  // MARK: Tables

  /// A GitHub table: the Prep Table style (borders, shaded bold header row), the header row
  /// repeated on each page (`w:tblHeader`), column widths shared out by the walk's weights.
  mutating func beginTable(_ table: TableStart) {
    let indent = Self.indent(listDepth: table.listDepth, quoteDepth: table.quoteDepth)
    let available = max(widths[widths.count - 1] - indent, 1_440)
    let total = max(table.columnWeights.reduce(0, +), 1)
    var columnWidths = table.columnWeights.map { available * $0 / total }
    columnWidths[columnWidths.count - 1] += available - columnWidths.reduce(0, +)
    tableColumns.append(columnWidths)
    tableStart(style: .prepTable, width: available, indent: indent, look: "04A0", firstRow: true)
    for width in columnWidths {
      xml.raw("<w:gridCol w:w=\"")
      xml.number(width)
      xml.raw("\"/>")
    }
    xml.raw("</w:tblGrid>")
  }

  mutating func beginRow(header: Bool) {
    xml.raw(header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
  }

  mutating func beginCell(column: Int) {
    let columns = tableColumns[tableColumns.count - 1]
    xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"")
    xml.number(column < columns.count ? columns[column] : 1_440)
    xml.raw("\" w:type=\"dxa\"/></w:tcPr>")
  }

  mutating func endCell() { xml.raw("</w:tc>") }
  mutating func endRow() { xml.raw("</w:tr>") }

  mutating func endTable() {
    xml.raw("</w:tbl>")
    tableColumns.removeLast()
    lastWasTable = true
  }

  /// `<w:tbl>` with its properties and the start of its grid.
  private mutating func tableStart(style: StyleID, width: Int, indent: Int, look: StaticString, firstRow: Bool) {
    xml.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"")
    xml.attributeValue(styles[style])
    xml.raw("\"/><w:tblW w:w=\"")
    xml.number(width)
    xml.raw("\" w:type=\"dxa\"/>")
    if indent > 0 {
      xml.raw("<w:tblInd w:w=\"")
      xml.number(indent)
      xml.raw("\" w:type=\"dxa\"/>")
    }
    xml.raw("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"")
    xml.raw(look)
    xml.raw(firstRow ? "\" w:firstRow=\"1\"" : "\" w:firstRow=\"0\"")
    xml.raw(
      " w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
  }

  // MARK: Boxes

  /// The user's answer: a one-cell table of the Answer Box style (shaded, with a bar on its
  /// left) across the column, so that it stands out and holds lists, code and tables alike.
  mutating func beginAnswerBox(keepTogether: Bool) {
    let width = max(widths[widths.count - 1], 1_440)
    tableStart(style: .answerBox, width: width, indent: 0, look: "0000", firstRow: false)
    xml.raw("<w:gridCol w:w=\"")
    xml.number(width)
    xml.raw(keepTogether ? "\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>" : "\"/></w:tblGrid><w:tr>")
    xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"")
    xml.number(width)
    xml.raw("\" w:type=\"dxa\"/></w:tcPr>")
    widths.append(width - 340)
  }

  /// The walk ends every box with a paragraph, as a Word cell must.
  mutating func endAnswerBox() {
    widths.removeLast()
    xml.raw("</w:tc></w:tr></w:tbl>")
    lastWasTable = true
  }

  /// The mentor's box: bordered paragraphs whose borders join (Mentor Notes style).
  mutating func beginMentorNotes() { mentorParagraphs = 0 }

  mutating func endMentorNotes() { mentorParagraphs = nil }
}
