/// Everything read out of the prep material and the answers: the one model that every
/// exporter renders.
public struct PrepDocument: Sendable, Equatable {
  public var metadata: Metadata
  /// Content before the first topic (including content under a title heading).
  public var preamble: Blocks
  public var topics: [Topic]
  /// Answer headings that matched no topic, in the order of the answers file.
  public var unmatchedAnswers: [UnmatchedAnswer]
  /// The stem of the first input's file name ("prep" for prep.md), for output names.
  public var sourceStem: String
  /// How many bytes of Markdown the document was read from (prep and answers), so that
  /// exporters can size their buffers once instead of growing them by doubling.
  public var sourceByteCount: Int = 0

  public init(
    metadata: Metadata, preamble: Blocks = .none, topics: [Topic], unmatchedAnswers: [UnmatchedAnswer] = [],
    sourceStem: String
  ) {
    self.metadata = metadata
    self.preamble = preamble
    self.topics = topics
    self.unmatchedAnswers = unmatchedAnswers
    self.sourceStem = sourceStem
  }

  /// Every topic, depth first in document order, with its depth (1 for a top-level topic).
  public var allTopics: [(topic: Topic, depth: Int)] {
    var out: [(Topic, Int)] = []
    var stack: [(Topic, Int)] = topics.reversed().map { ($0, 1) }
    while let (topic, depth) = stack.popLast() {
      out.append((topic, depth))
      stack.append(contentsOf: topic.subtopics.reversed().map { ($0, depth + 1) })
    }
    return out
  }
}
