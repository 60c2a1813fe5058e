/// Turns the combined top-level blocks of all inputs into the topic tree: headings open
/// topics nested by level, labels split topics into parts, list items become questions.
struct TopicBuilder {
  /// A topic while the tree is built: the tree is assembled once answers are in place.
  struct Node {
    var topic: Topic
    var parent: Int?
    /// Titles from the root to this topic, for answer paths and suggestions.
    var path: [String]
  }

  var nodes: [Node] = []
  var preamble: [Block] = []
  var titleFromHeading: String?
  private var ids = SlugRegistry()

  /// Builds topics. When `detectTitle`, a first heading that is the only level-1 heading is
  /// the document's title, not a topic (SPEC §2.1).
  init(blocks: [LocatedBlock], detectTitle: Bool) {
    var blocks = blocks[...]
    if detectTitle,
      let first = blocks.firstIndex(where: { if case .heading = $0.block { return true } else { return false } }),
      case .heading(1, let inlines) = blocks[first].block,
      blocks.filter({ if case .heading(1, _) = $0.block { return true } else { return false } }).count == 1
    {
      titleFromHeading = Inline.plainText(ExplicitID.split(inlines).0)
      preamble = blocks[..<first].map(\.block)
      blocks = blocks[(first + 1)...]
    }
    var contents: [[LocatedBlock]] = []
    var open: [(level: Int, index: Int)] = []
    for located in blocks {
      guard case .heading(let level, let inlines) = located.block else {
        if contents.isEmpty { preamble.append(located.block) } else { contents[contents.count - 1].append(located) }
        continue
      }
      while let last = open.last, last.level >= level { open.removeLast() }
      var (title, explicit) = ExplicitID.split(inlines)
      let id = ids.claim(explicit ?? SlugRegistry.slug(Inline.plainText(title)))
      // A heading that is only `{#id}` still needs a visible title: its id.
      if let explicit, Inline.plainText(title).allSatisfy(\.isWhitespace) { title = [.text(explicit)] }
      let parent = open.last?.index
      let path = (parent.map { nodes[$0].path } ?? []) + [Inline.plainText(title)]
      nodes.append(
        Node(topic: Topic(id: id, title: title, level: level, location: located.location), parent: parent, path: path))
      contents.append([])
      open.append((level, nodes.count - 1))
    }
    for index in nodes.indices {
      let asking = QuestionRules.isAskingTopic(nodes[index].topic.titleText)
      var parts = TopicBuilder.parts(of: contents[index], at: nodes[index].topic.location)
      nodes[index].topic.questions = QuestionMarker.mark(&parts, topicID: nodes[index].topic.id, asking: asking)
      nodes[index].topic.parts = parts
    }
  }

  /// Splits a topic's blocks at labels into parts.
  static func parts(of blocks: [LocatedBlock], at location: SourceLocation) -> [Part] {
    var parts: [Part] = []
    for (i, located) in blocks.enumerated() {
      if case .paragraph(let inlines) = located.block,
        let label = LabelRule.label(inlines, followedByBlock: i + 1 < blocks.count)
      {
        parts.append(
          Part(label: label, role: PartRole.forLabel(Inline.plainText(label)), blocks: [], location: located.location))
        continue
      }
      if parts.isEmpty { parts.append(Part(label: nil, role: .general, blocks: [], location: located.location)) }
      parts[parts.count - 1].blocks.append(located.block)
    }
    return parts
  }

  /// The topic tree, built from the flat nodes.
  func assembleTree() -> [Topic] {
    var children = [[Int]](repeating: [], count: nodes.count)
    var roots: [Int] = []
    for (i, node) in nodes.enumerated() {
      if let p = node.parent { children[p].append(i) } else { roots.append(i) }
    }
    // Children come after their parent in document order, so building from the end works.
    var built = [Topic?](repeating: nil, count: nodes.count)
    for i in nodes.indices.reversed() {
      var topic = nodes[i].topic
      topic.subtopics = children[i].map { built[$0]! }
      built[i] = topic
    }
    return roots.map { built[$0]! }
  }
}
