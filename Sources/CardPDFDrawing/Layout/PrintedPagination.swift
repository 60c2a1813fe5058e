import CardModel
import ExportKit

/// Spreads a card's measured content over as many printed cards as it needs, never cutting
/// anything, as the plain-text cards do: a point that fits on a card of its own moves whole
/// to the next card; a longer one continues there, line by line; a continuation's header
/// says "(续)" / "(続き)" / "(계속)" / "(cont.)". Heights are Pango's, in points.
struct PrintedPagination {
  let measuring: CardMeasuring
  let geometry: CardGeometry
  let continued: String
  /// CJK text takes the bracketed marker without a space, as it takes （） itself.
  let isCJK: Bool

  /// The sheets of one card, its title broken to leave `numberWidth` points for `N/M`.
  func sheets(title: String, blocks pointBlocks: [MeasuredBlock], numberWidth: Double) -> [PrintedSheet] {
    let titleWidth = geometry.contentWidth - numberWidth - 6
    let titleLines = measuring.titleLines(title, width: titleWidth)
    let headerLines = Array(titleLines.prefix(CardGeometry.headerLines))
    let continuedText = title + (isCJK ? "" : " ") + continued
    var continuedHeader = (text: continuedText, lines: measuring.titleLines(continuedText, width: titleWidth))
    if continuedHeader.lines.count > CardGeometry.headerLines {
      // A title too long to repeat has been printed whole on the card's first sheet: its
      // continuations say "(cont.)" alone rather than a title cut short.
      continuedHeader = (continued, measuring.titleLines(continued, width: titleWidth))
    }
    var blocks: [MeasuredBlock] = []
    if titleLines.count > headerLines.count {
      blocks.append(
        MeasuredBlock(lines: Array(titleLines.dropFirst(headerLines.count)), marker: nil, gapBefore: 0, isTitle: true))
    }
    blocks += pointBlocks
    // Running sums of line heights, so that what remains of a block is known at once.
    let sums = blocks.map { block in block.lines.reduce(into: [0.0]) { $0.append($0.last! + $1.box.height) } }
    let freshRoom = bodyRoom(continuedHeader.lines)
    var next = 0
    var offset = 0
    var sheets: [PrintedSheet] = []
    repeat {
      let first = sheets.isEmpty
      var sheet = PrintedSheet(
        headerText: first ? title : continuedHeader.text, header: first ? headerLines : continuedHeader.lines)
      var free = bodyRoom(sheet.header)
      var placedAny = false
      while next < blocks.count {
        let block = blocks[next]
        let gap = placedAny ? block.gapBefore : 0
        let remaining = sums[next].last! - sums[next][offset]
        var count = block.lines.count - offset
        if gap + remaining > free + 0.01 {
          if placedAny && remaining <= freshRoom + 0.01 && offset == 0 { break }  // whole on the next card
          // As many lines as fit; at least one on an empty card, so that every card moves on.
          count = 0
          while offset + count < block.lines.count
            && gap + sums[next][offset + count + 1] - sums[next][offset] <= free + 0.01
          {
            count += 1
          }
          if count == 0 && placedAny { break }
          count = max(count, 1)
        }
        let lines = Array(block.lines[offset..<(offset + count)])
        if block.isTitle {
          sheet.titleRows += lines
        } else {
          sheet.body.append(
            PrintedSheet.Piece(lines: lines, marker: offset == 0 ? block.marker : nil, gapBefore: gap))
        }
        free -= gap + sums[next][offset + count] - sums[next][offset]
        placedAny = true
        offset += count
        if offset == block.lines.count {
          next += 1
          offset = 0
        } else {
          break  // the card is full
        }
      }
      sheets.append(sheet)
    } while next < blocks.count
    return sheets
  }

  /// The height left for points under a header of `lines` and the rule below it.
  private func bodyRoom(_ lines: [CardLine]) -> Double {
    geometry.contentHeight - headerHeight(lines) - 2 * CardGeometry.ruleGap
  }

  func headerHeight(_ lines: [CardLine]) -> Double {
    lines.isEmpty ? measuring.emptyLineHeight(.title) : lines.reduce(0) { $0 + $1.box.height }
  }
}
