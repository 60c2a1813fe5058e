import Yams

/// The YAML front matter of a file, split off the Markdown body.
struct FrontMatter {
  /// Keys and scalar values in source order (nested values are flattened to text).
  var entries: [(key: String, value: String, line: Int)] = []
  /// `fonts:` sub-keys.
  var fonts: [String: String] = [:]
  /// The Markdown after the front matter.
  var body: Substring
  /// How many lines the front matter took (the body's first line is line `bodyLineOffset + 1`).
  var bodyLineOffset: Int
  var present: Bool

  /// Splits and parses front matter: `---` on the first line, closed by `---` or `...`.
  /// Without a closing line the text has no front matter (a leading `---` is then Markdown).
  init(splitting text: String, file: String) throws {
    body = Substring(text)
    bodyLineOffset = 0
    present = false
    guard text.hasPrefix("---\n") || text == "---" else { return }
    var lineNumber = 1
    var yamlEnd: String.Index?
    var bodyStart = text.endIndex
    var index = text.index(text.startIndex, offsetBy: 4)
    let yamlStart = index
    while index < text.endIndex {
      let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
      lineNumber += 1
      let line = text[index..<lineEnd]
      if line == "---" || line == "..." || line == "--- " || line == "... " {
        yamlEnd = index
        bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        break
      }
      index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
    }
    guard let yamlEnd else { return }
    present = true
    body = text[bodyStart...]
    bodyLineOffset = lineNumber
    let yaml = String(text[yamlStart..<yamlEnd])
    if yaml.allSatisfy(\.isWhitespace) { return }
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw FrontMatter.readError(error, file: file)
    }
    guard let mapping = root?.mapping else {
      throw ReadError.frontMatter(
        SourceLocation(file: file, line: 2), "front matter must be a mapping of keys to values (key: value)")
    }
    for (keyNode, valueNode) in mapping {
      guard let key = keyNode.scalar?.string else { continue }
      let line = (keyNode.mark?.line ?? 1) + 1
      if key == "fonts", let fontMap = valueNode.mapping {
        for (k, v) in fontMap { if let name = k.scalar?.string { fonts[name] = FrontMatter.text(of: v) } }
        continue
      }
      entries.append((key, FrontMatter.text(of: valueNode), line))
    }
  }

  /// A value as text: scalars as written, sequences joined with ", ", mappings as `k: v` pairs.
  static func text(of node: Node) -> String {
    switch node {
    case .scalar(let s): return s.string
    case .sequence(let seq): return seq.map(text(of:)).joined(separator: ", ")
    case .mapping(let map): return map.map { "\(text(of: $0.key)): \(text(of: $0.value))" }.joined(separator: ", ")
    case .alias: return ""
    }
  }

  static func readError(_ error: YamlError, file: String) -> ReadError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .frontMatter(SourceLocation(file: file, line: mark.line + 1, column: mark.column), problem)
    default:
      return .frontMatter(SourceLocation(file: file, line: 2), "\(error)")
    }
  }
}
