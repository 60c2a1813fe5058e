import DocumentOutline
import ExportKit

extension OdtBody {
  // MARK: Lists

  /// A list with the named list style of its kind and an `xml:id` of its own, without
  /// `text:continue-numbering`, so each list restarts; nested lists nest.
  mutating func beginList(_ list: ListStart) {
    var open = OpenList(
      id: "list\(list.serial)", style: list.ordered ? StyleName.numbered : StyleName.bulleted, ordered: list.ordered,
      start: list.start)
    writeListStart(&open, continuing: nil)
    lists.append(open)
  }

  private mutating func writeListStart(_ list: inout OpenList, continuing: String?) {
    xml.raw("<text:list xml:id=\"")
    xml.attributeValue(list.id)
    xml.raw("\"")
    if let continuing {
      xml.raw(" text:continue-list=\"")
      xml.attributeValue(continuing)
      xml.raw("\"")
    }
    xml.raw(" text:style-name=\"")
    xml.raw(list.style)
    xml.raw("\">")
  }

  mutating func endList() {
    xml.raw("</text:list>")
    lists.removeLast()
  }

  /// A list item; the first item of a list that does not start at 1 carries `text:start-value`.
  mutating func beginItem(_ item: ItemStart) {
    let last = lists.count - 1
    if lists[last].items == 0 && lists[last].ordered && lists[last].start != 1 {
      xml.raw("<text:list-item text:start-value=\"")
      xml.number(max(lists[last].start, 0))
      xml.raw("\">")
    } else {
      xml.raw("<text:list-item>")
    }
    lists[last].items += 1
    lists[last].itemIsHeader = false
  }

  mutating func endItem() {
    let last = lists.count - 1
    xml.raw(lists[last].itemIsHeader ? "</text:list-header>" : "</text:list-item>")
    lists[last].itemIsHeader = false
  }

  mutating func beginQuote() {}
  mutating func endQuote() {}

  // MARK: Tables

  /// A GitHub table: `table:table` across the text column, the header row in
  /// `table:table-header-rows` (repeated on each page), column widths from the walk's weights.
  /// ODF lists hold no tables: a table inside a list closes the open lists, and they go on after
  /// it (`text:continue-list`, the item continued as a list header, without a number).
  mutating func beginTable(_ table: TableStart) {
    suspendLists()
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
    resumeLists()
  }

  /// Closes the open lists around a table.
  private mutating func suspendLists() {
    suspendedLists.append(lists)
    for list in lists.reversed() {
      xml.raw(list.itemIsHeader ? "</text:list-header>" : "</text:list-item>")
      xml.raw("</text:list>")
    }
    lists = []
  }

  /// Opens again the lists closed around a table: each continues its list, and the item the
  /// table sat in goes on as a list header (no second number).
  private mutating func resumeLists() {
    guard var resumed = suspendedLists.popLast() else { return }
    for index in resumed.indices {
      let continued = resumed[index].id
      resumedLists += 1
      resumed[index].id = "\(continued)-\(resumedLists)"
      writeListStart(&resumed[index], continuing: continued)
      xml.raw("<text:list-header>")
      resumed[index].itemIsHeader = true
    }
    lists = resumed
  }

  // MARK: Boxes

  /// The user's answer in a one-cell table (shaded, with a bar on its left: it stands out and
  /// holds lists, code and tables alike).
  mutating func beginAnswerBox() {
    suspendLists()
    answerBoxes += 1
    xml.raw("<table:table table:name=\"Answer")
    xml.number(answerBoxes)
    xml.raw("\" table:style-name=\"PrepAnswerBox\"><table:table-column/><table:table-row>")
    xml.raw("<table:table-cell table:style-name=\"PrepAnswerCell\" office:value-type=\"string\">")
  }

  mutating func endAnswerBox() {
    xml.raw("</table:table-cell></table:table-row></table:table>")
    resumeLists()
  }

  mutating func beginMentorNotes() { mentorParagraphs = 0 }
  mutating func endMentorNotes() { mentorParagraphs = nil }
}
