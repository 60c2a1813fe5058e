import ExportKit

extension BodyWriter {
  /// A GitHub table: the Prep Table style (borders, shaded bold header row), the header row
  /// repeated on each page (`w:tblHeader`), column widths shared out by content width,
  /// cell alignment from the Markdown.
  mutating func table(_ table: Table, _ context: BlockContext) {
    separateTables()
    let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
    let available = max(context.width - context.indent, 1_440)
    let widths = Self.columnWidths(table, columns: columns, total: available)
    xml.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"")
    xml.attributeValue(styles[.prepTable])
    xml.raw("\"/><w:tblW w:w=\"\(available)\" w:type=\"dxa\"/>")
    if context.indent > 0 { xml.raw("<w:tblInd w:w=\"\(context.indent)\" w:type=\"dxa\"/>") }
    xml.raw("<w:tblLayout w:type=\"fixed\"/>")
    xml.raw(
      "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    )
    for width in widths { xml.raw("<w:gridCol w:w=\"\(width)\"/>") }
    xml.raw("</w:tblGrid>")
    row(table.header, header: true, widths: widths, alignments: table.alignments)
    for cells in table.rows { row(cells, header: false, widths: widths, alignments: table.alignments) }
    xml.raw("</w:tbl>")
    lastWasTable = true
  }

  private mutating func row(_ cells: [[Inline]], header: Bool, widths: [Int], alignments: [Table.Alignment]) {
    xml.raw(header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
    for (column, width) in widths.enumerated() {
      xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>")
      let alignment: String?
      switch column < alignments.count ? alignments[column] : .none {
      case .center: alignment = "center"
      case .right: alignment = "right"
      case .left, .none: alignment = nil
      }
      openParagraph(.tableText, keepNext: header, alignment: alignment)
      if column < cells.count { runs(cells[column], header ? .bold : []) }
      closeParagraph()
      xml.raw("</w:tc>")
    }
    xml.raw("</w:tr>")
  }

  /// Widths in twips summing to `total`: each column's share follows the widest text in it
  /// (display columns, CJK counting 2), between 4 and 30 so that no column starves.
  static func columnWidths(_ table: Table, columns: Int, total: Int) -> [Int] {
    var weights = [Int](repeating: 4, count: columns)
    for row in [table.header] + table.rows {
      for (column, cell) in row.enumerated() where column < columns {
        weights[column] = max(weights[column], min(30, DisplayWidth.of(Inline.plainText(cell))))
      }
    }
    let sum = weights.reduce(0, +)
    var widths = weights.map { total * $0 / sum }
    widths[columns - 1] += total - widths.reduce(0, +)
    return widths
  }
}
