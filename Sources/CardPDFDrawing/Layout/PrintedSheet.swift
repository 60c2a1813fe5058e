/// One printed card before it is numbered and drawn: its header (the title, or the title and
/// "(cont.)"), then the rows of its text area, each a run of a point's lines.
struct PrintedSheet {
  /// What the header says, for a duplex front that shows it large.
  var headerText: String
  var header: [CardLine]
  /// Title lines beyond the header (a title longer than the card's header room): on the
  /// front and on the back.
  var titleRows: [CardLine] = []
  var body: [Piece] = []

  /// A run of one point's lines: with its marker when it holds the point's first line.
  struct Piece {
    var lines: [CardLine]
    var marker: CardMarker?
    var gapBefore: Double
  }
}
