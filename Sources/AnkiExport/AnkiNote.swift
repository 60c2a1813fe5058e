import CardModel
import ExportKit

/// One Anki note made of a card: its GUID, front, back and tags, and its line in the import
/// file.
struct AnkiNote: Equatable {
  /// Which note this is across exports, so that importing an edited document again updates
  /// the notes instead of adding duplicates.
  var guid: String
  /// The topic's title or the question's text, as HTML.
  var front: String
  /// The key points, as HTML, one per line (`<br>`), sub-points indented.
  var back: String
  /// One hierarchical tag from the topic path (`Parent::Child`), or none.
  var tags: String

  /// The note of `card`, with `front` as its front text (the title, or the title made unique).
  init(_ card: CardContent, front: String, guid: String) {
    self.guid = guid
    self.front = AnkiField.html(front)
    back = card.points.map { point in
      let indent = String(repeating: "&nbsp;&nbsp;&nbsp;&nbsp;", count: point.depth)
      switch point.kind {
      case .label: return indent + "<b>" + AnkiField.html(point.text) + "</b>"
      case .code: return indent + AnkiField.html(point.marker + " ") + "<code>" + AnkiField.html(point.text) + "</code>"
      case .item: return indent + AnkiField.html(point.marker + " " + point.text)
      }
    }.joined(separator: "<br>")
    tags = AnkiField.tag(card.topicPath)
  }

  /// The note as one line of the file: the fields in `AnkiDeck.columns` order, separated by
  /// tabs. A line that starts with "#" would be skipped by Anki as a comment, so the front
  /// never does (`&#35;`).
  var line: String {
    let safeFront = front.hasPrefix("#") ? "&#35;" + front.dropFirst() : front
    return [safeFront, back, tags, guid].joined(separator: "\t")
  }
}
