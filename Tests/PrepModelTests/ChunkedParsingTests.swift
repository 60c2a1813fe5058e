import Foundation
import TestSupport
import XCTest

@testable import PrepModel

/// Large inputs are parsed in pieces (`MarkdownChunker`); the model must be exactly what one
/// parse of the whole text gives. Pieces of a few bytes force a split at every candidate line.
final class ChunkedParsingTests: XCTestCase {
  /// The top-level blocks and their locations, parsed whole or in small pieces.
  private func parse(_ markdown: String, pieceSize: Int) -> (Blocks, [SourceLocation]) {
    var builder = ContentBuilder()
    var parser = MarkdownParser(file: "t.md", lineOffset: 0)
    parser.pieceSize = pieceSize
    let located = parser.parse(Substring(markdown), into: &builder)
    let store = builder.finish()
    let runs = located.map { $0.node..<store.nodes[Int($0.node)].end }
    return (Blocks(store, runs: runs), located.map { $0.location(["t.md"]) })
  }

  /// Every node of the blocks, one per line, indented by depth: kind, flags, start, text.
  private func dump(_ blocks: Blocks) -> String {
    var lines: [String] = []
    var ends: [UInt32] = []
    for run in blocks.runs {
      for index in run {
        while let end = ends.last, end <= index { ends.removeLast() }
        let node = blocks.store.nodes[Int(index)]
        let text =
          [.text, .code, .htmlInline, .htmlBlock, .codeBlock, .title, .info, .alignments].contains(node.kind)
          ? blocks.store.string(index).debugDescription : ""
        let start = node.kind == .list ? " start=\(node.start)" : ""
        lines.append(String(repeating: "  ", count: ends.count) + "\(node.kind) \(node.flags)\(start) \(text)")
        ends.append(node.end)
      }
    }
    return lines.joined(separator: "\n")
  }

  private func assertSameModel(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) {
    let whole = parse(markdown, pieceSize: Int.max)
    for size in [1, 7, 64] {
      let pieces = parse(markdown, pieceSize: size)
      XCTAssertEqual(dump(pieces.0), dump(whole.0), "pieces of \(size) bytes:\n\(markdown)", file: file, line: line)
      XCTAssertEqual(Array(pieces.0), Array(whole.0), "pieces of \(size) bytes", file: file, line: line)
      XCTAssertEqual(pieces.1, whole.1, "locations, pieces of \(size) bytes:\n\(markdown)", file: file, line: line)
    }
  }

  func testConstructsThatSpanLinesStayWhole() {
    assertSameModel("# A\npara\n# B\n\n- one\n- two\n\n- three\n# C\n")
    assertSameModel("1. a\n2. b\n3. c\n\n4) d\n5) e\n\n* x\n- y\n+ z\n")
    assertSameModel("text\n2. not a list\n3. still text\n\n# H\n")
    assertSameModel("```\n# not a heading\n\n- not an item\n```\n# after\n")
    assertSameModel("- item\n  ```\n  code\n```\nmore\n```\n# H\n\n- x\n")
    assertSameModel("<!--\n# hidden\n\n- hidden\n-->\n# shown\n\n<div>\n- html\n\n- list\n")
    assertSameModel("<pre>\n# pre\n\nx\n</pre>\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n# H\n\n> quote\n# H2\n")
    assertSameModel("- a\n\n  still a\n- b\n\n\n- c\n\n---\n\n- d\n- - -\n- e\n")
    assertSameModel("- [x] done\n- [ ] open\n\n1. one\n   1. nested\n   2. nested\n2. two\n")
    assertSameModel("~~~\nunclosed fence\n\n# inside\n- inside\n")
    assertSameModel("[ref]: https://example.com\n\n# A\n\n[link][ref]\n\n# B\n\n[ref]\n")
  }

  func testExamplesAndTheSeed() throws {
    for name in ["prep-zh.md", "prep-en.md", "answers-zh.md", "answers-en.md"] { assertSameModel(try example(name)) }
    if let seed = Paths.seed { assertSameModel(try String(contentsOf: seed, encoding: .utf8)) }
  }

  func testGeneratedDocuments() {
    var random = SplitMix(seed: 20_261_129)
    let lines = [
      "# Heading", "## Sub {#id}", "", "", "text line", "中文段落，没有空格", "- item", "- item?", "* star", "+ plus",
      "1. one", "2) two", "   - nested", "   1. nested", "  continued", "> quote", "> - quoted item", "```", "```text",
      "~~~", "    indented code", "<div>", "</div>", "<!-- c", "-->", "| a | b |", "|---|---|", "| 1 | 2 |", "---",
      "- - -", "**Key points**:", "- [ ] task", "- [x] done", "setext", "===", "#", "#not heading", "###### six",
    ]
    for _ in 0..<(ProcessInfo.processInfo.environment["CHUNK_DOCS"].flatMap { Int($0) } ?? 300) {
      let count = Int(random.next() % 40) + 1
      let text = (0..<count).map { _ in lines[Int(random.next() % UInt64(lines.count))] }.joined(separator: "\n") + "\n"
      assertSameModel(text)
    }
  }
}

/// A small deterministic generator (SplitMix64), so that generated documents are the same on
/// every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
