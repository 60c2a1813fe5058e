import CPangoCairo
import ExportKit

/// Draws one side of a card in the card's own coordinates (points from its top-left corner,
/// landscape): the header with the number `N/M` at the right, a rule, then the points; a
/// duplex front shows the title alone, large and centred when it fits.
struct FaceDrawing {
  let typesetter: Typesetter
  let measuring: CardMeasuring
  let geometry: CardGeometry
  let pagination: PrintedPagination

  func draw(_ sheet: PrintedSheet, number: String, front: Bool, on cairo: OpaquePointer) {
    let m = CardGeometry.margin
    let width = geometry.contentWidth
    // The number, grey, at the top right, on the first line's baseline.
    let numberWidth = typesetter.width(of: number, style: .number)
    let firstAscent = sheet.header.first?.box.ascent ?? measuring.emptyLineHeight(.title) * 0.8
    cairo_set_source_rgb(cairo, 0.35, 0.35, 0.35)
    typesetter.draw(number, style: .number, x: m + width - numberWidth, baseline: m + firstAscent, on: cairo)
    cairo_set_source_rgb(cairo, 0, 0, 0)
    if front && sheet.titleRows.isEmpty, drawLargeTitle(sheet.headerText, on: cairo) { return }
    var y = m
    for line in sheet.header { y = draw(line, top: y, on: cairo) }
    if sheet.header.isEmpty { y += pagination.headerHeight([]) }
    y += CardGeometry.ruleGap
    cairo_set_source_rgb(cairo, 0.6, 0.6, 0.6)
    cairo_set_line_width(cairo, 0.5)
    cairo_move_to(cairo, m, y)
    cairo_line_to(cairo, m + width, y)
    cairo_stroke(cairo)
    cairo_set_source_rgb(cairo, 0, 0, 0)
    y += CardGeometry.ruleGap
    for line in sheet.titleRows { y = draw(line, top: y, on: cairo) }
    guard !front else { return }
    for piece in sheet.body {
      y += piece.gapBefore
      if let marker = piece.marker, let first = piece.lines.first {
        drawMarker(marker, baseline: y + first.box.ascent, on: cairo)
      }
      for line in piece.lines { y = draw(line, top: y, on: cairo) }
    }
  }

  /// Draws `line` with its top at `top`; returns the top of the next line.
  private func draw(_ line: CardLine, top: Double, on cairo: OpaquePointer) -> Double {
    typesetter.draw(
      line.string, style: line.style, x: CardGeometry.margin + line.x, baseline: top + line.box.ascent, on: cairo)
    return top + line.box.height
  }

  private func drawMarker(_ marker: CardMarker, baseline: Double, on cairo: OpaquePointer) {
    let right = CardGeometry.margin + marker.right
    guard let text = marker.text else {
      // A bullet: a dot at the height of the middle of lower-case letters.
      let size = typesetter.sizes.body
      cairo_new_path(cairo)
      cairo_arc(cairo, right - size * 0.2, baseline - size * 0.3, size * 0.13, 0, 2 * Double.pi)
      cairo_fill(cairo)
      return
    }
    let width = typesetter.width(of: text, style: .body)
    typesetter.draw(text, style: .body, x: right - width, baseline: baseline, on: cairo)
  }

  /// A duplex front: the title large, each line centred, the block centred on the card,
  /// when it fits there (else the front is drawn as an ordinary header).
  private func drawLargeTitle(_ text: String, on cairo: OpaquePointer) -> Bool {
    let lines = measuring.titleLines(text, width: geometry.contentWidth, style: .front)
    let height = lines.reduce(0) { $0 + $1.box.height }
    let room = geometry.contentHeight - 2 * measuring.emptyLineHeight(.number)
    guard !lines.isEmpty, height <= room else { return false }
    var y = CardGeometry.margin + (geometry.contentHeight - height) / 2
    for line in lines {
      let x = CardGeometry.margin + (geometry.contentWidth - line.box.width) / 2
      typesetter.draw(line.string, style: .front, x: x, baseline: y + line.box.ascent, on: cairo)
      y += line.box.height
    }
    return true
  }
}
