import CardModel
import ExportKit

/// Spreads each card's content over as many printed cards as it needs, never cutting
/// anything: content that does not fit continues on the next card, whose title carries the
/// localised "(续)" / "(続き)" / "(계속)" / "(cont.)".
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
  /// one space for the card number. Each line is placed once, so a point of any length costs
  /// time in proportion to its length.
  func sheets(for content: CardContent, numberWidth: Int) -> [CardSheet] {
    let titleWidth = max(1, frame.textWidth - numberWidth - 1)
    let titleLines = breaker.wrap(content.title, width: titleWidth)
    let continuedHeader = continuationHeader(content.title, width: titleWidth)
    // Title lines beyond the header are printed first in the text area, then the points.
    var blocks: [(lines: [String], isTitle: Bool)] = []
    if titleLines.count > headerRoom { blocks.append((Array(titleLines.dropFirst(headerRoom)), true)) }
    blocks += PointLines(breaker: breaker, width: frame.textWidth).lines(of: content.points).map { ($0, false) }
    // The next line to place: block `next`, from its line `offset`.
    var next = 0
    var offset = 0
    var sheets: [CardSheet] = []
    repeat {
      var sheet = CardSheet(header: sheets.isEmpty ? Array(titleLines.prefix(headerRoom)) : continuedHeader)
      if sheet.header.isEmpty { sheet.header = [""] }
      var free = rows - fixedRows - sheet.header.count
      let freshFree = rows - fixedRows - continuedHeader.count
      while next < blocks.count, free > 0 {
        let block = blocks[next]
        let remaining = block.lines.count - offset
        let taken: ArraySlice<String>
        if remaining <= free {
          taken = block.lines[offset...]
          next += 1
          offset = 0
        } else if !sheet.body.isEmpty && remaining <= freshFree {
          break  // the point fits whole on the next card: keep it together there
        } else {
          taken = block.lines[offset..<(offset + free)]
          offset += free
        }
        if block.isTitle { sheet.titleRows += taken } else { sheet.body += taken }
        free -= taken.count
      }
      sheets.append(sheet)
    } while next < blocks.count
    return sheets
  }

  /// The header of a continuation card: the title and the marker. A title too long to repeat
  /// there (it has been printed whole on the content's first card, running into its text
  /// area) is not cut short: the continuation's header is the marker alone.
  private func continuationHeader(_ title: String, width: Int) -> [String] {
    // CJK text takes the bracketed marker without a space, as it takes （） itself.
    let marker = breaker.ambiguous == .narrow ? " " + continued : continued
    let lines = breaker.wrap(title + marker, width: width)
    guard lines.count > headerRoom else { return lines }
    return breaker.wrap(continued, width: width)
  }
}
