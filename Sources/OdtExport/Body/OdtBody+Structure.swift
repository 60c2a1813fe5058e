import DocumentOutline
import ExportKit

extension OdtBody {
  mutating func beginQuote() {}
  mutating func endQuote() {}

  // MARK: Tables

  /// A GitHub table: `table:table` across the text column, the header row in
  /// `table:table-header-rows` (repeated on each page), column widths from the walk's weights.
  /// ODF lists hold no tables: a table inside a list is written after the lists are closed
  /// (see OdtBody+Lists).
  mutating func beginTable(_ table: TableStart) {
    closeListsInMarkup()
    let name = "Table\(table.serial)"
    tableNames.append(name)
    let total = max(table.columnWeights.reduce(0, +), 1)
    for (column, weight) in table.columnWeights.enumerated() {
      let width = look.textWidth * Double(weight) / Double(total)
      automaticStyles.raw("<style:style style:name=\"")
      automaticStyles.attributeValue("\(name).\(column + 1)")
      automaticStyles.raw("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
      automaticStyles.attributeValue(StylesPart.centimetres(width))
      automaticStyles.raw("\" style:rel-column-width=\"")
      automaticStyles.number(weight * 1_000)
      automaticStyles.raw("*\"/></style:style>")
    }
    xml.raw("<table:table table:name=\"")
    xml.attributeValue(name)
    xml.raw("\" table:style-name=\"PrepTable\">")
    for column in 0..<table.columnWeights.count {
      xml.raw("<table:table-column table:style-name=\"")
      xml.attributeValue("\(name).\(column + 1)")
      xml.raw("\"/>")
    }
  }

  mutating func beginRow(header: Bool) {
    headerRow = header
    xml.raw(header ? "<table:table-header-rows><table:table-row>" : "<table:table-row>")
  }

  mutating func beginCell(column: Int) {
    xml.raw(
      headerRow
        ? "<table:table-cell table:style-name=\"PrepHeadCell\" office:value-type=\"string\">"
        : "<table:table-cell table:style-name=\"PrepCell\" office:value-type=\"string\">")
  }

  mutating func endCell() { xml.raw("</table:table-cell>") }

  mutating func endRow() {
    xml.raw(headerRow ? "</table:table-row></table:table-header-rows>" : "</table:table-row>")
    headerRow = false
  }

  mutating func endTable() {
    xml.raw("</table:table>")
    tableNames.removeLast()
  }

  // MARK: Boxes

  /// The user's answer in a one-cell table (shaded, with a bar on its left: it stands out and
  /// holds lists, code and tables alike).
  mutating func beginAnswerBox(keepTogether: Bool) {
    closeListsInMarkup()
    answerBoxes += 1
    xml.raw("<table:table table:name=\"Answer")
    xml.number(answerBoxes)
    xml.raw(
      keepTogether
        ? "\" table:style-name=\"PrepAnswerBox\"><table:table-column/><table:table-row table:style-name=\"PrepKeepRow\">"
        : "\" table:style-name=\"PrepAnswerBox\"><table:table-column/><table:table-row>")
    xml.raw("<table:table-cell table:style-name=\"PrepAnswerCell\" office:value-type=\"string\">")
  }

  mutating func endAnswerBox() {
    xml.raw("</table:table-cell></table:table-row></table:table>")
  }

  mutating func beginMentorNotes() { mentorParagraphs = 0 }
  mutating func endMentorNotes() { mentorParagraphs = nil }
}
