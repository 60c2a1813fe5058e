/// Places the user's answers (SPEC §2.3) on topics and questions.
///
/// A heading that matches a topic opens its answer; the content up to the next heading of the
/// same or a higher level is the answer. Under a matched topic, `N`, `QN`, `问题 N`,
/// `Question N` headings answer its question N. Other headings inside an open answer are
/// content of that answer. A heading that matches nothing, outside any answer, is kept as an
/// unmatched answer with suggestions; an empty one that only groups deeper headings is
/// structure, not an answer, and is passed over.
struct AnswerMatcher {
  enum Target: Hashable {
    case topic(Int)
    case question(Int, Int)
    case unmatched(Int)
  }

  static func apply(
    _ blocks: [LocatedBlock], files: [String], store: ContentStore, explicitIDs: [UInt32: String],
    to builder: inout TopicBuilder
  ) -> [UnmatchedAnswer] {
    var unmatched: [UnmatchedAnswer] = []
    var open: [(level: Int, target: Target)] = []
    var pending: [Target: [Range<UInt32>]] = [:]
    var order: [Target] = []
    var locations: [Target: SourceLocation] = [:]
    let index = TitleIndex(builder)
    func level(_ position: Int) -> Int? {
      let node = store.nodes[Int(blocks[position].node)]
      return node.kind == .heading ? Int(node.flags) : nil
    }
    func add(_ position: Int, to target: Target) {
      let node = blocks[position].node
      let range = node..<store.nodes[Int(node)].end
      if let last = pending[target]?.last, last.upperBound == range.lowerBound {
        pending[target]![pending[target]!.count - 1] = last.lowerBound..<range.upperBound
      } else {
        pending[target, default: []].append(range)
      }
    }
    let headingIndices = blocks.indices.filter { level($0) != nil }
    let level1 = headingIndices.filter { level($0) == 1 }

    for (position, located) in blocks.enumerated() {
      guard let headingLevel = level(position) else {
        if let target = open.last?.target {
          add(position, to: target)
        } else if !Blocks(store, runs: [located.node..<store.nodes[Int(located.node)].end]).isBlank {
          let u = Target.unmatched(unmatched.count)
          unmatched.append(
            UnmatchedAnswer(
              heading: Inlines(text: "(before the first heading)"), blocks: .none, location: located.location(files),
              suggestions: []))
          open.append((0, u))
          order.append(u)
          locations[u] = located.location(files)
          add(position, to: u)
        }
        continue
      }
      while let last = open.last, last.level >= headingLevel { open.removeLast() }
      let title = Inlines(store, children: located.node)
      let explicit = explicitIDs[located.node]
      let text = title.plainText
      var target: Target?
      if let match = index.match(text: text, explicitID: explicit) {
        target = match.question.map { .question(match.topic, $0) } ?? .topic(match.topic)
      } else if case .topic(let t)? = open.last?.target, let n = QuestionHeading.number(text),
        let q = builder.nodes[t].topic.questions.firstIndex(where: { $0.number == n })
      {
        target = .question(t, q)
      } else if let current = open.last?.target {
        add(position, to: current)
        continue
      } else {
        let isTitle = headingLevel == 1 && level1.count == 1 && headingIndices.first == position
        let next = headingIndices.first { $0 > position }
        let isEmpty = (position + 1) == (next ?? blocks.count)
        let groupsDeeper = next.map { (level($0) ?? 0) > headingLevel } ?? false
        // A title or a grouping heading with nothing of its own is structure, not an answer.
        if isEmpty && (isTitle || groupsDeeper) { continue }
        target = .unmatched(unmatched.count)
        unmatched.append(
          UnmatchedAnswer(
            heading: title, blocks: .none, location: located.location(files), suggestions: index.suggestions(for: text))
        )
      }
      guard let target else { continue }
      open.append((headingLevel, target))
      if locations[target] == nil {
        order.append(target)
        locations[target] = located.location(files)
      }
    }
    for target in order {
      let answer = Answer(blocks: Blocks(store, runs: pending[target] ?? []), location: locations[target]!)
      switch target {
      case .topic(let t):
        // A heading that only groups answers to questions gives the topic no answer of its own.
        if answer.blocks.isEmpty { continue }
        builder.nodes[t].topic.answer = merged(builder.nodes[t].topic.answer, answer)
      case .question(let t, let q):
        builder.nodes[t].topic.questions[q].answer = merged(builder.nodes[t].topic.questions[q].answer, answer)
      case .unmatched(let u):
        unmatched[u].blocks = answer.blocks
      }
    }
    return unmatched
  }

  /// Two headings answering the same topic: the answers are joined in order.
  private static func merged(_ old: Answer?, _ new: Answer) -> Answer {
    guard var old else { return new }
    old.blocks = old.blocks.appending(new.blocks)
    return old
  }
}

/// `N`, `QN`, `Q N`, `问题 N`, `問題N`, `質問 N`, `Question N` → N.
enum QuestionHeading {
  static func number(_ text: String) -> Int? {
    var t = TitleNormalizer.normalize(text)
    for prefix in ["question", "问题", "問題", "質問", "q", "#"] where t.hasPrefix(prefix) {
      t = String(t.dropFirst(prefix.count))
      break
    }
    t = t.trimmingCharacters(in: [" ", "."])
    return t.isEmpty || !t.allSatisfy(\.isASCII) ? nil : Int(t)
  }
}

/// Topic titles, normalised, for matching answer headings and suggesting near misses.
struct TitleIndex {
  private var byID: [String: Int] = [:]
  private var byTitle: [String: [Int]] = [:]
  private var paths: [(path: [String], index: Int)] = []
  private var titles: [(normalized: String, shown: String)] = []
  private let nodes: [TopicBuilder.Node]

  init(_ builder: TopicBuilder) {
    self.nodes = builder.nodes
    for (i, node) in nodes.enumerated() {
      byID[node.topic.id] = i
      let n = TitleNormalizer.normalize(node.topic.titleText)
      byTitle[n, default: []].append(i)
      let path = builder.path(i)
      paths.append((path.map(TitleNormalizer.normalize), i))
      titles.append((n, path.joined(separator: " > ")))
    }
  }

  /// The topic (and question) a heading names: `{#id}` (also `{#topic/qN}`), a unique
  /// normalised title, or a path `Parent > Child`.
  func match(text: String, explicitID: String?) -> (topic: Int, question: Int?)? {
    if let id = explicitID {
      if let t = byID[id] { return (t, nil) }
      if let slash = id.lastIndex(of: "/"), let t = byID[String(id[..<slash])],
        let q = nodes[t].topic.questions.firstIndex(where: { $0.id == id })
      {
        return (t, q)
      }
      return nil
    }
    let n = TitleNormalizer.normalize(text)
    if let hits = byTitle[n], hits.count == 1 { return (hits[0], nil) }
    if text.contains(">") {
      let wanted = text.split(separator: ">").map { TitleNormalizer.normalize(String($0)) }
      let hits = paths.filter { $0.path.count >= wanted.count && Array($0.path.suffix(wanted.count)) == wanted }
      if hits.count == 1 { return (hits[0].index, nil) }
    }
    return nil
  }

  /// Up to three closest topic titles (as paths when titles repeat).
  func suggestions(for text: String) -> [String] {
    let n = TitleNormalizer.normalize(text)
    let scored = titles.map {
      (distance: TitleNormalizer.distance(n, $0.normalized), shown: $0.shown, length: $0.normalized.count)
    }
    .filter { $0.distance <= max(2, max($0.length, n.count) / 2) || $0.shown.lowercased().contains(n) }
    .sorted { $0.distance < $1.distance }
    var seen: Set<String> = []
    return scored.compactMap { seen.insert($0.shown).inserted ? $0.shown : nil }.prefix(3).map { $0 }
  }
}
