import ExportKit

/// What one cue card says, before it is laid out: a title and its key points. A topic or a
/// question with its own answer gives one `CardContent`; layout may spread it over several
/// printed cards, and Anki makes one note of it.
public struct CardContent: Sendable, Equatable {
  /// Where the content comes from.
  public enum Source: Sendable, Equatable {
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
  /// The key points, in order; sub-points follow their parent with a greater depth.
  public var points: [CardPoint]
  /// The titles of the topic and its ancestors, outermost first.
  public var topicPath: [String]
  public var source: Source

  public init(title: String, points: [CardPoint], topicPath: [String], source: Source) {
    self.title = title
    self.points = points
    self.topicPath = topicPath
    self.source = source
  }
}

/// One key point: a list item, a line of a code block or a paragraph's first sentence.
public struct CardPoint: Sendable, Equatable {
  /// "1." for an ordered item (its number as shown), "-" for a bullet, "[x]" / "[ ]" for a
  /// task.
  public var marker: String
  /// The point's text, printable, on one line.
  public var text: String
  /// 0 for a point, 1 for a sub-point of the point before it, and so on.
  public var depth: Int

  public init(marker: String, text: String, depth: Int = 0) {
    self.marker = marker
    self.text = text
    self.depth = depth
  }

  /// The bullet for points that are not ordered list items. ASCII, so that it is one column
  /// wide in every font and under every ambiguous-width rule ("•" is ambiguous).
  public static let bullet = "-"
}
