import CardModel
import ExportKit

/// Points as the lines of a card's text area: the marker, then the text wrapped with a
/// hanging indent so continuation lines start under the text, not under the marker.
/// Sub-points start under their parent's text.
struct PointLines {
  let breaker: LineBreaker
  /// The width of the text area.
  let width: Int

  /// The lines of each point, one array per point, so that layout can keep a point whole.
  func lines(of points: [CardPoint]) -> [[String]] {
    // Where the text of the latest point at each depth starts, for its sub-points' markers.
    var textStart: [Int] = []
    // Text keeps at least this much room, so that kinsoku can always be kept in real text.
    let minimumText = min(width - 2, max(8, width / 3))
    return points.map { point in
      guard point.kind != .label else {
        // A label heads the points after it, from the left edge.
        textStart = []
        return breaker.wrap(point.text, width: width)
      }
      let depth = min(point.depth, textStart.count)
      let lead = point.marker + " "
      let leadWidth = breaker.width(lead)
      guard leadWidth <= width - minimumText else {
        // A marker too wide to hang text beside (a huge list number): text below it.
        textStart = Array(textStart.prefix(depth)) + [0]
        return [point.marker] + breaker.wrap(point.text, width: width)
      }
      // Deep nesting never squeezes the text below its minimum room.
      var indent = min(depth == 0 ? 0 : textStart[depth - 1], width / 2)
      indent = min(indent, width - minimumText - leadWidth)
      let hang = indent + leadWidth
      textStart = Array(textStart.prefix(depth)) + [hang]
      let wrapped = breaker.wrap(point.text, width: width - hang)
      let pad = String(repeating: " ", count: hang)
      let first = String(repeating: " ", count: indent) + lead
      guard !wrapped.isEmpty else { return [first] }
      return wrapped.enumerated().map { index, line in (index == 0 ? first : pad) + line }
    }
  }
}
