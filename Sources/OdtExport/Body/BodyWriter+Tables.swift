import ExportKit

extension BodyWriter {
  /// A GitHub table: `table:table` across the text column, the header row in
  /// `table:table-header-rows` (repeated on each page), column widths shared out by content
  /// width, cell alignment from the Markdown.
  mutating func table(_ table: Table) {
    tableCount += 1
    let name = "Table\(tableCount)"
    let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
    let weights = Self.columnWeights(table, columns: columns)
    let total = weights.reduce(0, +)
    for (column, weight) in weights.enumerated() {
      let width = look.textWidth * Double(weight) / Double(total)
      automaticStyles.raw("<style:style style:name=\"\(name).\(column + 1)\" style:family=\"table-column\">")
      automaticStyles.raw("<style:table-column-properties style:column-width=\"\(StylesPart.centimetres(width))\"")
      automaticStyles.raw(" style:rel-column-width=\"\(weight * 1_000)*\"/></style:style>")
    }
    xml.raw("<table:table table:name=\"\(name)\" table:style-name=\"PrepTable\">")
    for column in 0..<columns { xml.raw("<table:table-column table:style-name=\"\(name).\(column + 1)\"/>") }
    xml.raw("<table:table-header-rows>")
    row(table.header, header: true, columns: columns, alignments: table.alignments)
    xml.raw("</table:table-header-rows>")
    for cells in table.rows { row(cells, header: false, columns: columns, alignments: table.alignments) }
    xml.raw("</table:table>")
  }

  private mutating func row(_ cells: [[Inline]], header: Bool, columns: Int, alignments: [Table.Alignment]) {
    xml.raw("<table:table-row>")
    for column in 0..<columns {
      xml.raw(
        header
          ? "<table:table-cell table:style-name=\"PrepHeadCell\" office:value-type=\"string\">"
          : "<table:table-cell table:style-name=\"PrepCell\" office:value-type=\"string\">")
      let style: StaticString
      switch (column < alignments.count ? alignments[column] : .none, header) {
      case (.center, true): style = "PrepHeadCenter"
      case (.right, true): style = "PrepHeadEnd"
      case (_, true): style = StyleName.tableHeading
      case (.center, false): style = "PrepCellCenter"
      case (.right, false): style = "PrepCellEnd"
      case (_, false): style = StyleName.tableContents
      }
      inlineParagraph(style, column < cells.count ? cells[column] : [])
      xml.raw("</table:table-cell>")
    }
    xml.raw("</table:table-row>")
  }

  /// Inside a list, where ODF allows no table: one paragraph per row, cells apart by tabs.
  mutating func tableAsParagraphs(_ table: Table, _ context: BlockContext) {
    for cells in [table.header] + table.rows {
      openParagraph(context.paragraphStyle)
      for (index, cell) in cells.enumerated() {
        if index > 0 {
          xml.raw("<text:tab/>")
          spaceWouldCollapse = true
        }
        inlines(cell)
      }
      closeParagraph()
    }
  }

  /// Each column's share follows the widest text in it (display columns, CJK counting 2),
  /// between 4 and 30 so that no column starves: the same rule as the DOCX.
  static func columnWeights(_ table: Table, columns: Int) -> [Int] {
    var weights = [Int](repeating: 4, count: columns)
    for row in [table.header] + table.rows {
      for (column, cell) in row.enumerated() where column < columns {
        weights[column] = max(weights[column], min(30, DisplayWidth.of(Inline.plainText(cell))))
      }
    }
    return weights
  }
}
