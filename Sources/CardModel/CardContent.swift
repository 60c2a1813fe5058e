import ExportKit

/// What one cue card says, before it is laid out: a title and its key points. A topic or a
/// question with its own answer gives one `CardContent`; layout may spread it over several
/// printed cards, and Anki makes one note of it.
public struct CardContent: Sendable, Equatable, Codable {
  /// Where the content comes from.
  public enum Source: Sendable, Equatable, Codable {
    /// A topic, by id.
    case topic(String)
    /// A question with its own answer, by id (`<topic-id>/q<N>`).
    case question(String)
    /// An answer whose heading matches no topic, by its heading.
    case unmatchedAnswer(String)
    /// The text before the first topic, in a document that has no topic with material.
    case preamble
  }

  /// The topic's title or the question's text, printable, on one line.
  public var title: String
  /// The key points, in order; sub-points follow their parent with a greater depth. Prose
  /// gives a point per sentence.
  public var points: [CardPoint]
  /// The same points with prose condensed to the first sentence of each paragraph, when that
  /// differs from `points`: what a printed card shows when `points` would need more than one
  /// card and `--full` is not given. Nil when there is nothing to condense.
  public var brief: [CardPoint]?
  /// The titles of the topic and its ancestors, outermost first.
  public var topicPath: [String]
  public var source: Source

  public init(
    title: String, points: [CardPoint], brief: [CardPoint]? = nil, topicPath: [String], source: Source
  ) {
    self.title = title
    self.points = points
    self.brief = brief == points ? nil : brief
    self.topicPath = topicPath
    self.source = source
  }

  /// The content with `brief` as its points: what is printed when the full points need more
  /// than one card.
  public var condensed: CardContent {
    guard let brief else { return self }
    return CardContent(title: title, points: brief, topicPath: topicPath, source: source)
  }
}

/// One key point: a list item, a line of a code block, a sentence, a table row, or the label
/// of a section of points.
public struct CardPoint: Sendable, Equatable, Codable {
  /// How a point is shown.
  public enum Kind: String, Sendable, Codable {
    /// A point with its marker.
    case item
    /// A line of a code block in a programming language: monospace where fonts can show it.
    case code
    /// The label of the points that follow ("总结：", "Key points:"): bold, no marker.
    case label
  }

  /// "1." for an ordered item (its number as shown), "-" for a bullet, "[x]" / "[ ]" for a
  /// task; empty for a label.
  public var marker: String
  /// The point's text, printable, on one line.
  public var text: String
  /// 0 for a point, 1 for a sub-point of the point before it, and so on.
  public var depth: Int
  public var kind: Kind

  public init(marker: String, text: String, depth: Int = 0, kind: Kind = .item) {
    self.marker = marker
    self.text = text
    self.depth = depth
    self.kind = kind
  }

  /// A label point: `text` with a colon after it, full width after CJK text ("总结：").
  public static func label(_ text: String) -> CardPoint {
    var shown = text
    while let last = shown.last, last == ":" || last == "：" || last == " " { shown.removeLast() }
    shown += shown.last.map(EastAsian.isWide) == true ? "：" : ":"
    return CardPoint(marker: "", text: shown, kind: .label)
  }

  /// The bullet for points that are not ordered list items. ASCII, so that it is one column
  /// wide in every font and under every ambiguous-width rule ("•" is ambiguous).
  public static let bullet = "-"
}
