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
    let gap = typesetter.sizes.body * 0.45
    let columns = markerColumns(points)
    // Deep nesting never leaves the text less than 60% of the card.
    let maximumIndent = width * 0.4
    // Where the text of the latest point at each depth starts: its sub-points' markers go there.
    var textStarts: [Double] = []
    var blocks: [MeasuredBlock] = []
    for (index, point) in points.enumerated() {
      let text = TextBytes(point.text)
      if point.kind == .label {
        textStarts = []
        let lines = typesetter.lines(of: text, style: .label, width: width)
        blocks.append(
          MeasuredBlock(
            lines: lines.map { CardLine(text: text, box: $0, style: .label, x: 0) }, marker: nil,
            gapBefore: index == 0 ? 0 : CardGeometry.labelGap, isTitle: false))
        continue
      }
      let depth = min(point.depth, textStarts.count)
      let markerLeft = depth == 0 ? 0 : textStarts[depth - 1]
      let textLeft = min(maximumIndent, markerLeft + columns[index] + gap)
      textStarts = Array(textStarts.prefix(depth)) + [textLeft]
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

  /// The width of each point's marker column: the widest marker of its list, so that the
  /// texts of a list line up ("9." and "10."). A list is a run of points at one depth with
  /// the same kind of marker (bullets, numbers, tasks), ended by a label or a shallower point.
  private func markerColumns(_ points: [CardPoint]) -> [Double] {
    enum Kind { case bullet, number, task }
    func kind(_ marker: String) -> Kind {
      marker == CardPoint.bullet ? .bullet : marker.hasPrefix("[") ? .task : .number
    }
    var runWidths: [Double] = []
    var runOf = [Int](repeating: 0, count: points.count)
    var open: [Int: (kind: Kind, run: Int)] = [:]
    for (index, point) in points.enumerated() {
      guard point.kind != .label else {
        open = [:]
        continue
      }
      open = open.filter { $0.key <= point.depth }
      let markerKind = kind(point.marker)
      if let current = open[point.depth], current.kind == markerKind {
        runOf[index] = current.run
      } else {
        runWidths.append(0)
        runOf[index] = runWidths.count - 1
        open[point.depth] = (markerKind, runOf[index])
      }
      let width =
        markerKind == .bullet ? typesetter.sizes.body * 0.4 : typesetter.width(of: point.marker, style: .body)
      runWidths[runOf[index]] = max(runWidths[runOf[index]], width)
    }
    return points.indices.map { points[$0].kind == .label ? 0 : runWidths[runOf[$0]] }
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
