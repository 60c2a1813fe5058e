import CardModel
import ExportKit

/// One Anki note made of a card: front, back and tags, and its line in the import file.
struct AnkiNote: Equatable {
  /// The header lines of Anki's text import: tab-separated, fields are HTML, the columns'
  /// names, and which column holds the tags.
  static let header = ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags", "#tags column:3"]

  /// The topic's title or the question's text, as HTML.
  var front: String
  /// The key points, as HTML, one per line (`<br>`), sub-points indented.
  var back: String
  /// One hierarchical tag from the topic path (`Parent::Child`), or none.
  var tags: String

  init(_ card: CardContent) {
    front = AnkiField.html(card.title)
    back = card.points.map { point in
      String(repeating: "&nbsp;&nbsp;&nbsp;&nbsp;", count: point.depth)
        + AnkiField.html(point.marker + " " + point.text)
    }.joined(separator: "<br>")
    tags = AnkiField.tag(card.topicPath)
  }

  /// The note as one line of the file: three fields separated by tabs. A line that starts
  /// with "#" would be skipped by Anki as a comment, so the front never does (`&#35;`).
  var line: String {
    let safeFront = front.hasPrefix("#") ? "&#35;" + front.dropFirst() : front
    return [safeFront, back, tags].joined(separator: "\t")
  }
}
