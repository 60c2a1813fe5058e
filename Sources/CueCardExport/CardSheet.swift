import ExportKit

/// One printed card before it is numbered and framed: the title lines that fit in its
/// header, and the rows of its text area.
struct CardSheet: Sendable, Equatable {
  /// The title, wrapped, as shown in the header (with the continuation marker after a
  /// card's first sheet).
  var header: [String]
  /// Title lines that did not fit in the header (a title longer than the card): they open
  /// the text area of the card's first sheets, on the front and on the back.
  var titleRows: [String] = []
  /// The rows of points.
  var body: [String] = []
}
