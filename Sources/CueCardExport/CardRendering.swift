import ExportKit

/// A numbered sheet as the lines of a printed card: border, title with the card number
/// `N/M` at the right, the rule, the text rows, empty rows up to the card's height, border.
struct CardRendering {
  let frame: CardFrame
  let breaker: LineBreaker
  let rows: Int

  /// The card's lines, exactly `rows` of them. A front (duplex) shows the title only.
  func lines(of sheet: CardSheet, number: Int, of total: Int, front: Bool = false) -> [String] {
    let label = "\(number)/\(total)"
    var lines: [String] = []
    if let top = frame.top { lines.append(top) }
    for (index, title) in sheet.header.enumerated() {
      guard index == 0 else {
        lines.append(frame.row(title))
        continue
      }
      let gap = max(1, frame.textWidth - breaker.width(title) - breaker.width(label))
      lines.append(frame.row(title + String(repeating: " ", count: gap) + label))
    }
    lines.append(frame.rule)
    for row in sheet.titleRows + (front ? [] : sheet.body) { lines.append(frame.row(row)) }
    let bottom = frame.bottom
    while lines.count < rows - (bottom == nil ? 0 : 1) { lines.append(frame.row("")) }
    if let bottom { lines.append(bottom) }
    return lines
  }
}
