import DocumentOutline
import ExportKit

/// ODF lists, kept in step with the DOCX's: a list item holds its numbered first paragraph and
/// the lists nested in it; anything else in an item (a further paragraph, code, a quote, a
/// table) is written after the lists are closed, indented as the DOCX indents it, and the lists
/// then go on (`text:continue-list`, each item that goes on as an unnumbered list header). So
/// both formats hold the same paragraphs, and LibreOffice reads them the same way.
extension OdtBody {
  /// A list of the walk, open or not in the markup.
  struct OpenList {
    var id: String
    var style: StaticString
    var ordered: Bool
    var start: Int
    /// Items begun so far (the first carries the start value).
    var items = 0
    /// Whether an item of this list is begun and not ended.
    var inItem = false
    /// Whether the `text:list` element is open in the markup.
    var written = false
    /// Whether the open item element is a list header (an item going on after a close).
    var itemIsHeader = false
    /// How many times the list was written (the ids of its continuations).
    var parts = 0
  }

  mutating func beginList(_ list: ListStart) {
    openListsInMarkup()
    lists.append(
      OpenList(
        id: "list\(list.serial)", style: list.ordered ? StyleName.numbered : StyleName.bulleted, ordered: list.ordered,
        start: list.start))
    writeListStart(lists.count - 1)
  }

  mutating func endList() {
    if lists[lists.count - 1].written { xml.raw("</text:list>") }
    lists.removeLast()
  }

  /// A list item; the first item of a list that does not start at 1 carries `text:start-value`.
  mutating func beginItem(_ item: ItemStart) {
    let last = lists.count - 1
    openListsInMarkup(exceptItemOf: last)
    if lists[last].items == 0 && lists[last].ordered && lists[last].start != 1 {
      xml.raw("<text:list-item text:start-value=\"")
      xml.number(max(lists[last].start, 0))
      xml.raw("\">")
    } else {
      xml.raw("<text:list-item>")
    }
    lists[last].items += 1
    lists[last].inItem = true
    lists[last].itemIsHeader = false
  }

  mutating func endItem() {
    let last = lists.count - 1
    if lists[last].written { xml.raw(lists[last].itemIsHeader ? "</text:list-header>" : "</text:list-item>") }
    lists[last].inItem = false
    lists[last].itemIsHeader = false
  }

  /// Closes every list element in the markup (the walk's lists stay open): what comes next is
  /// not a list's.
  mutating func closeListsInMarkup() {
    for index in lists.indices.reversed() where lists[index].written {
      if lists[index].inItem { xml.raw(lists[index].itemIsHeader ? "</text:list-header>" : "</text:list-item>") }
      xml.raw("</text:list>")
      lists[index].written = false
    }
  }

  /// Opens again the list elements closed for other content, each continuing its list; an item
  /// that goes on becomes a list header, except the innermost list's when `except` says its next
  /// item is about to begin.
  mutating func openListsInMarkup(exceptItemOf except: Int? = nil) {
    for index in lists.indices where !lists[index].written {
      writeListStart(index)
      if lists[index].inItem && index != except {
        xml.raw("<text:list-header>")
        lists[index].itemIsHeader = true
      }
    }
  }

  private mutating func writeListStart(_ index: Int) {
    let list = lists[index]
    xml.raw("<text:list xml:id=\"")
    xml.attributeValue(list.parts == 0 ? list.id : "\(list.id)-\(list.parts)")
    xml.raw("\"")
    if list.parts > 0 {
      xml.raw(" text:continue-list=\"")
      xml.attributeValue(list.parts == 1 ? list.id : "\(list.id)-\(list.parts - 1)")
      xml.raw("\"")
    }
    xml.raw(" text:style-name=\"")
    xml.raw(list.style)
    xml.raw("\">")
    lists[index].parts += 1
    lists[index].written = true
  }
}
