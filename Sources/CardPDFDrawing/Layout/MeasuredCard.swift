/// A line ready to draw: its text, where Pango broke it, its style, and how far from the
/// left of the card's text area it starts.
struct CardLine {
  let text: TextBytes
  let box: LineBox
  let style: TextStyle
  let x: Double

  var string: String { text.text(of: box) }
}

/// A point measured into lines, with its marker (drawn beside its first line), and the space
/// to leave above it when another point precedes it on the card.
struct MeasuredBlock {
  var lines: [CardLine]
  var marker: CardMarker?
  var gapBefore: Double
  var isTitle: Bool
}

/// A point's marker: "1.", "[x]", or a bullet (nil text), drawn as a dot rather than a
/// character because the CJK fonts draw "•" a full em wide. Markers align on their right
/// edge, so that "9." and "10." end in the same place.
struct CardMarker {
  let text: String?
  let right: Double
}
