/// Turns the top-level blocks of all inputs into the topic tree: headings open topics nested by
/// level, labels split topics into parts, list items become questions.
struct TopicBuilder {
  /// A topic while the tree is built: the tree is assembled once answers are in place.
  struct Node {
    var topic: Topic
    var parent: Int?
  }

  /// Titles from the root to the topic at `index`, for answer paths and suggestions.
  func path(_ index: Int) -> [String] {
    var titles: [String] = []
    var current: Int? = index
    while let i = current {
      titles.append(nodes[i].topic.titleText)
      current = nodes[i].parent
    }
    return titles.reversed()
  }

  let store: ContentStore
  var nodes: [Node] = []
  var preamble: Blocks = .none
  var titleFromHeading: String?
  private var ids = SlugRegistry()

  /// Builds topics. When `detectTitle`, a first heading that is the only level-1 heading is
  /// the document's title, not a topic (SPEC §2.1).
  init(
    blocks: [LocatedBlock], files: [String], store: ContentStore, explicitIDs: [UInt32: String], detectTitle: Bool
  ) {
    self.store = store
    func level(_ b: LocatedBlock) -> Int? {
      let node = store.nodes[Int(b.node)]
      return node.kind == .heading ? Int(node.flags) : nil
    }
    var rest = blocks[...]
    var preambleRuns: [Range<UInt32>] = []
    if detectTitle, let first = blocks.firstIndex(where: { level($0) != nil }), level(blocks[first]) == 1,
      blocks.filter({ level($0) == 1 }).count == 1
    {
      titleFromHeading = Inlines(store, children: blocks[first].node).plainText
      preambleRuns.append(Self.run(blocks[..<first], store))
      rest = blocks[(first + 1)...]
    }
    // Each topic's content: the top-level blocks up to the next heading.
    var contents: [ArraySlice<LocatedBlock>] = []
    var open: [(level: Int, index: Int)] = []
    var contentStart = rest.startIndex
    func closeContent(at end: Int) {
      if contents.count < nodes.count {
        contents.append(rest[contentStart..<end])
      } else {
        preambleRuns.append(Self.run(rest[contentStart..<end], store))
      }
    }
    for position in rest.indices {
      let located = rest[position]
      guard let headingLevel = level(located) else { continue }
      closeContent(at: position)
      contentStart = position + 1
      while let last = open.last, last.level >= headingLevel { open.removeLast() }
      var title = Inlines(store, children: located.node)
      if let explicit = explicitIDs[located.node], title.plainText.allSatisfy(\.isWhitespace) {
        title = Inlines(text: explicit)
      }
      let titleText = title.plainText
      let id = ids.claim(explicitIDs[located.node] ?? SlugRegistry.slug(titleText))
      let parent = open.last?.index
      nodes.append(
        Node(topic: Topic(id: id, title: title, level: headingLevel, location: located.location(files)), parent: parent)
      )
      open.append((headingLevel, nodes.count - 1))
    }
    closeContent(at: rest.endIndex)
    preamble = Blocks(store, runs: preambleRuns)
    for index in nodes.indices {
      let asking = QuestionRules.isAskingTopic(nodes[index].topic.titleText)
      let parts = TopicBuilder.parts(of: contents[index], files: files, store: store)
      nodes[index].topic.questions = QuestionMarker.questions(in: parts, topicID: nodes[index].topic.id, asking: asking)
      nodes[index].topic.parts = parts
    }
  }

  /// The node range of consecutive top-level blocks.
  static func run(_ blocks: ArraySlice<LocatedBlock>, _ store: ContentStore) -> Range<UInt32> {
    guard let first = blocks.first, let last = blocks.last else { return 0..<0 }
    return first.node..<store.nodes[Int(last.node)].end
  }

  /// Splits a topic's blocks at labels into parts.
  static func parts(of blocks: ArraySlice<LocatedBlock>, files: [String], store: ContentStore) -> [Part] {
    var parts: [Part] = []
    var partStart: Int?
    func closePart(at end: Int) {
      guard let start = partStart, !parts.isEmpty else { return }
      parts[parts.count - 1].blocks = Blocks(store, runs: [run(blocks[start..<end], store)])
    }
    for position in blocks.indices {
      let located = blocks[position]
      if store.nodes[Int(located.node)].kind == .paragraph {
        let inlines = Inlines(store, children: located.node)
        if LabelRule.isLabel(inlines, followedByBlock: position + 1 < blocks.endIndex) {
          closePart(at: position)
          parts.append(
            Part(
              label: inlines, role: PartRole.forLabel(LabelText.words(inlines.plainText)), blocks: .none,
              location: located.location(files)))
          partStart = position + 1
          continue
        }
      }
      if parts.isEmpty {
        parts.append(Part(label: nil, role: .general, blocks: .none, location: located.location(files)))
        partStart = position
      }
    }
    closePart(at: blocks.endIndex)
    return parts
  }

  /// The topic tree, built from the flat nodes, which are used up (each topic is moved into the
  /// tree, not copied).
  mutating func assembleTree() -> [Topic] {
    var nodes = self.nodes
    self.nodes = []
    var children = [[Int]](repeating: [], count: nodes.count)
    var roots: [Int] = []
    for (i, node) in nodes.enumerated() {
      if let p = node.parent { children[p].append(i) } else { roots.append(i) }
    }
    // Children come after their parent in document order, so building from the end works.
    var built = [Topic?](repeating: nil, count: nodes.count)
    for i in nodes.indices.reversed() {
      var topic = nodes[i].topic
      nodes[i].topic.parts = []
      nodes[i].topic.questions = []
      topic.subtopics = children[i].map { built[$0].take()! }
      built[i] = topic
    }
    return roots.map { built[$0].take()! }
  }
}
