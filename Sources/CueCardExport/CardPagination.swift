import CardModel
import ExportKit

/// Spreads each card's content over as many printed cards as it needs, never cutting
/// anything: content that does not fit continues on the next card, whose title carries the
/// localised "(续)" / "(続き)" / "(cont.)".
struct CardPagination {
  let breaker: LineBreaker
  let frame: CardFrame
  let rows: Int
  let continued: String

  /// Rows that are not the title or the text: top border, the rule under the title, bottom
  /// border (only the rule without a border).
  private var fixedRows: Int { frame.border == .none ? 1 : 3 }
  /// Rows the header may take, keeping one row for text.
  private var headerRoom: Int { max(1, rows - fixedRows - 1) }

  /// The sheets of one card's content, the title wrapped to leave `numberWidth` columns and
  /// one space for the card number.
  func sheets(for content: CardContent, numberWidth: Int) -> [CardSheet] {
    let titleWidth = max(1, frame.textWidth - numberWidth - 1)
    let titleLines = breaker.wrap(content.title, width: titleWidth)
    let continuedHeader = continuationHeader(content.title, width: titleWidth)
    // Title lines beyond the header are printed first in the text area, then the points.
    var blocks: [(lines: [String], isTitle: Bool)] = []
    if titleLines.count > headerRoom { blocks.append((Array(titleLines.dropFirst(headerRoom)), true)) }
    blocks += PointLines(breaker: breaker, width: frame.textWidth).lines(of: content.points).map { ($0, false) }
    var queue = blocks[...]
    var sheets: [CardSheet] = []
    repeat {
      var sheet = CardSheet(header: sheets.isEmpty ? Array(titleLines.prefix(headerRoom)) : continuedHeader)
      if sheet.header.isEmpty { sheet.header = [""] }
      var free = rows - fixedRows - sheet.header.count
      let freshFree = rows - fixedRows - continuedHeader.count
      while let block = queue.first, free > 0 {
        let taken: ArraySlice<String>
        if block.lines.count <= free {
          taken = block.lines[...]
          queue.removeFirst()
        } else if !sheet.body.isEmpty && block.lines.count <= freshFree {
          break  // the point fits whole on the next card: keep it together there
        } else {
          taken = block.lines.prefix(free)
          queue[queue.startIndex].lines = Array(block.lines.dropFirst(free))
        }
        if block.isTitle { sheet.titleRows += taken } else { sheet.body += taken }
        free -= taken.count
      }
      sheets.append(sheet)
    } while !queue.isEmpty
    return sheets
  }

  /// The header of a continuation card: the title and the marker. The full title is on the
  /// card's first sheet; a title too long to repeat in the header is shortened here with
  /// "…" (only here: nothing else is ever shortened).
  private func continuationHeader(_ title: String, width: Int) -> [String] {
    // CJK text takes the bracketed marker without a space, as it takes （） itself.
    let marker = breaker.ambiguousIsWide ? continued : " " + continued
    let lines = breaker.wrap(title + marker, width: width)
    guard lines.count > headerRoom else { return lines }
    var shown = Array(breaker.wrap(title, width: width).prefix(headerRoom))
    var last = shown.removeLast()
    let suffix = "…" + continued
    while !last.isEmpty && breaker.width(last + suffix) > width { last.removeLast() }
    return Array((shown + breaker.wrap(last + suffix, width: width)).prefix(headerRoom))
  }
}
