/// A run-level element of Markdown text, read from the content store. Exporters switch over
/// it exhaustively, so adding a case makes every exporter fail to compile until it handles
/// the new kind.
public enum Inline: Sendable, Equatable {
  case text(Substring)
  /// A line break in the source that is not a hard break: see `SoftBreak.joiner`.
  case softBreak
  case hardBreak
  case code(Substring)
  case strong(Inlines)
  case emphasis(Inlines)
  case strikethrough(Inlines)
  /// A link or an autolink; `url` is what the user wrote, resolved by cmark-gfm.
  case link(url: Substring, title: Substring, children: Inlines)
  /// An image keeps its alternative text; the picture itself is not embedded.
  case image(url: Substring, title: Substring, alt: Inlines)
  /// Raw inline HTML, kept as text (tags are not interpreted).
  case html(Substring)

  /// The inline at `index` of `store`.
  init(_ store: ContentStore, _ index: UInt32) {
    let node = store.nodes[Int(index)]
    switch node.kind {
    case .text: self = .text(store.string(index))
    case .softBreak: self = .softBreak
    case .hardBreak: self = .hardBreak
    case .code: self = .code(store.string(index))
    case .strong: self = .strong(Inlines(store, children: index))
    case .emphasis: self = .emphasis(Inlines(store, children: index))
    case .strikethrough: self = .strikethrough(Inlines(store, children: index))
    case .link:
      self = .link(
        url: store.string(index), title: store.attribute(.title, of: index).map(store.string) ?? "",
        children: Inlines(store, children: index))
    case .image:
      self = .image(
        url: store.string(index), title: store.attribute(.title, of: index).map(store.string) ?? "",
        alt: Inlines(store, children: index))
    case .htmlInline: self = .html(store.string(index))
    default: self = .text("")  // block and attribute nodes are never listed as inlines
    }
  }
}

/// A sequence of inlines (a paragraph's, a heading's, the children of emphasis or a link):
/// a view over the content store, cheap to copy and to pass around.
public struct Inlines: Collection, Sendable, Equatable, ExpressibleByArrayLiteral, CustomDebugStringConvertible {
  let store: ContentStore
  /// Sibling nodes: from the first child to one past the last.
  let range: Range<UInt32>

  init(_ store: ContentStore, range: Range<UInt32>) {
    self.store = store
    self.range = range
  }

  /// The inline children of the node at `parent`.
  init(_ store: ContentStore, children parent: UInt32) {
    self.init(store, range: store.firstContentChild(of: parent)..<store.nodes[Int(parent)].end)
  }

  /// Inlines built from values (tests, and text prepexport itself adds).
  public init(_ elements: [Inline]) {
    var builder = ContentBuilder()
    let root = builder.open(.paragraph)
    for element in elements { builder.append(element) }
    builder.close()
    let store = builder.finish()
    self.init(store, children: root)
  }

  public init(arrayLiteral elements: Inline...) { self.init(elements) }

  /// One text run.
  public init(text: String) { self.init(text.isEmpty ? [] : [.text(Substring(text))]) }

  /// No inlines.
  public static let none = Inlines(ContentStore.empty, range: 0..<0)

  public typealias Index = Int
  public var startIndex: Int { Int(range.lowerBound) }
  public var endIndex: Int { Int(range.upperBound) }
  public func index(after i: Int) -> Int { Int(store.nodes[i].end) }
  public subscript(position: Int) -> Inline { Inline(store, UInt32(position)) }

  /// The last inline, if any (found by walking the siblings).
  public var last: Inline? { lastIndex.map { self[$0] } }

  /// The position of the last inline, if any.
  public var lastIndex: Int? {
    var index = startIndex
    var last: Int?
    while index < endIndex {
      last = index
      index = self.index(after: index)
    }
    return last
  }

  public static func == (a: Inlines, b: Inlines) -> Bool { a.elementsEqual(b) }

  public var debugDescription: String { "Inlines(\(Array(self)))" }
}
