import CardModel
import ExportKit

/// Where cards go on the pages of the PDF: one card per page at its own size (`--paper
/// card`), or a grid of cards on a portrait A4 or Letter sheet, as many as fit, with cut
/// marks. Cards are turned a quarter turn when more fit that way (3×5 and A6: four a sheet).
///
/// A sheet's edges within `printableMargin` get no ink: cut marks stay inside it, and a card
/// may reach into it only because a card's own margin is at least as wide, so its text
/// never does.
struct SheetLayout {
  /// One card's place on a page: its top-left corner, and whether it is turned.
  struct Slot: Equatable {
    var x: Double
    var y: Double
    /// Turned a quarter turn: clockwise on fronts, anticlockwise on duplex backs.
    var turned: Bool
  }

  /// A straight cut mark from (x0, y0) to (x1, y1).
  struct Mark: Equatable {
    var x0, y0, x1, y1: Double
  }

  static let printableMargin = 18.0
  static let markLength = 12.0
  static let markGap = 3.0

  let pageWidth: Double
  let pageHeight: Double
  let columns: Int
  let rows: Int
  /// The slots in reading order (row by row).
  let slots: [Slot]
  let marks: [Mark]
  /// The size of a slot on the page (the card's, or its turned size).
  let slotWidth: Double
  let slotHeight: Double

  var cardsPerPage: Int { slots.count }

  init(paper: CardOptions.Paper, card: CardGeometry) {
    let sheet: (Double, Double)
    switch paper {
    case .card:
      (pageWidth, pageHeight) = (card.width, card.height)
      (columns, rows, slotWidth, slotHeight) = (1, 1, card.width, card.height)
      slots = [Slot(x: 0, y: 0, turned: false)]
      marks = []
      return
    case .a4: sheet = (210 / 25.4 * 72, 297 / 25.4 * 72)
    case .letter: sheet = (8.5 * 72, 11 * 72)
    }
    (pageWidth, pageHeight) = sheet
    func fit(_ length: Double, _ size: Double) -> Int { Int(((length + 0.01) / size).rounded(.down)) }
    let upright = fit(sheet.0, card.width) * fit(sheet.1, card.height)
    let turned = fit(sheet.0, card.height) * fit(sheet.1, card.width)
    let isTurned = turned > upright
    (slotWidth, slotHeight) = isTurned ? (card.height, card.width) : (card.width, card.height)
    (columns, rows) = (fit(sheet.0, slotWidth), fit(sheet.1, slotHeight))
    let left = (sheet.0 - Double(columns) * slotWidth) / 2
    let top = (sheet.1 - Double(rows) * slotHeight) / 2
    var slots: [Slot] = []
    for row in 0..<rows {
      for column in 0..<columns {
        slots.append(Slot(x: left + Double(column) * slotWidth, y: top + Double(row) * slotHeight, turned: isTurned))
      }
    }
    self.slots = slots
    let (width, height) = (slotWidth, slotHeight)
    marks = SheetLayout.cutMarks(
      xs: (0...columns).map { left + Double($0) * width }, ys: (0...rows).map { top + Double($0) * height },
      page: sheet)
  }

  /// Where the back of the card in `slot` goes for a long-edge flip: the same row, the
  /// mirrored column; a turned card turned the other way, so that its back's top lies
  /// behind its front's top (turn the cut card over like a page of a book).
  func backSlot(_ index: Int) -> Slot {
    let row = index / columns
    let column = columns - 1 - index % columns
    var slot = slots[row * columns + column]
    slot.turned = slots[index].turned
    return slot
  }

  /// Marks at both ends of every cut line that is not a sheet edge: outside the grid when
  /// the margin leaves room, else just inside the printable area, on the line itself.
  private static func cutMarks(xs: [Double], ys: [Double], page: (Double, Double)) -> [Mark] {
    let m = printableMargin
    var marks: [Mark] = []
    func isEdge(_ value: Double, _ length: Double) -> Bool { value < 0.5 || value > length - 0.5 }
    // (start, end) of a mark before `edge` of the grid, towards the sheet edge at 0.
    func span(before edge: Double) -> (Double, Double) {
      if edge - m >= markGap + 6 { return (max(m, edge - markGap - markLength), edge - markGap) }
      return (m, m + markLength)
    }
    for x in xs where !isEdge(x, page.0) {
      let top = span(before: ys.first!)
      let bottom = span(before: page.1 - ys.last!)
      marks.append(Mark(x0: x, y0: top.0, x1: x, y1: top.1))
      marks.append(Mark(x0: x, y0: page.1 - bottom.0, x1: x, y1: page.1 - bottom.1))
    }
    for y in ys where !isEdge(y, page.1) {
      let left = span(before: xs.first!)
      let right = span(before: page.0 - xs.last!)
      marks.append(Mark(x0: left.0, y0: y, x1: left.1, y1: y))
      marks.append(Mark(x0: page.0 - right.0, y0: y, x1: page.0 - right.1, y1: y))
    }
    return marks
  }
}
