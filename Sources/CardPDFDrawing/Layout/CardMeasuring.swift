import CardModel
import ExportKit

/// Measures a card's content with Pango: the points with hanging indents under their
/// markers (sub-points under their parent's text), labels and code in their own styles.
struct CardMeasuring {
  let typesetter: Typesetter
  let geometry: CardGeometry

  /// The blocks of `points`, in order.
  func blocks(of points: [CardPoint]) -> [MeasuredBlock] {
    let width = geometry.contentWidth
    // Each depth's marker column is as wide as its widest marker, so that the texts of a
    // list line up ("9." and "10.").
    var columns: [Int: Double] = [:]
    let gap = typesetter.sizes.body * 0.45
    for point in points where point.kind != .label {
      let markerWidth =
        point.marker == CardPoint.bullet
        ? typesetter.sizes.body * 0.4 : typesetter.width(of: point.marker, style: .body)
      columns[point.depth] = max(columns[point.depth] ?? 0, markerWidth + gap)
    }
    // Deep nesting never leaves the text less than 60% of the card.
    let maximumIndent = width * 0.4
    func indent(_ depth: Int) -> Double {
      min(maximumIndent, (0..<depth).reduce(0.0) { $0 + (columns[$1] ?? 0) })
    }
    var blocks: [MeasuredBlock] = []
    for (index, point) in points.enumerated() {
      let text = TextBytes(point.text)
      if point.kind == .label {
        let lines = typesetter.lines(of: text, style: .label, width: width)
        blocks.append(
          MeasuredBlock(
            lines: lines.map { CardLine(text: text, box: $0, style: .label, x: 0) }, marker: nil,
            gapBefore: index == 0 ? 0 : CardGeometry.labelGap, isTitle: false))
        continue
      }
      let markerLeft = indent(point.depth)
      let textLeft = min(maximumIndent, markerLeft + (columns[point.depth] ?? 0))
      let style: TextStyle = point.kind == .code ? .code : .body
      let lines = typesetter.lines(of: text, style: style, width: width - textLeft)
      blocks.append(
        MeasuredBlock(
          lines: lines.map { CardLine(text: text, box: $0, style: style, x: textLeft) },
          marker: CardMarker(text: point.marker == CardPoint.bullet ? nil : point.marker, right: textLeft - gap),
          gapBefore: CardGeometry.pointGap, isTitle: false))
    }
    return blocks
  }

  /// The title (or any header text) broken to `width`.
  func titleLines(_ title: String, width: Double, style: TextStyle = .title) -> [CardLine] {
    let text = TextBytes(title)
    return typesetter.lines(of: text, style: style, width: width).map {
      CardLine(text: text, box: $0, style: style, x: 0)
    }
  }

  /// The height of a line of `style` with nothing on it (an empty title).
  func emptyLineHeight(_ style: TextStyle) -> Double {
    typesetter.lines(of: TextBytes("0"), style: style, width: geometry.contentWidth).first?.height ?? 0
  }
}
