import Foundation
import TestSupport
import XCTest

/// SPEC §5: each kind of bad input gives its exact error and exit status, and nothing is written.
final class BadInputEndToEndTests: XCTestCase {
  private func assertError(
    _ arguments: [String], files: [String: Data] = [:], stdin: Data? = nil, status: Int32 = 1, _ expected: String,
    line: UInt = #line
  ) throws {
    let ws = Workspace()
    defer { ws.remove() }
    for (name, data) in files { try ws.write(name, data) }
    let before = ws.files
    let r = try ws.run(arguments, stdin: stdin)
    XCTAssertEqual(r.status, status, r.stderr, line: line)
    XCTAssertEqual(r.stderr, expected, line: line)
    XCTAssertEqual(r.stdout.count, 0, line: line)
    XCTAssertEqual(ws.files, before, "nothing written", line: line)
  }

  func testInvalidUTF8() throws {
    let bytes = Data("# 标题\n\nab".utf8) + Data([0xFF]) + Data("cd\n".utf8)
    try assertError(
      ["docx", "bad.md"], files: ["bad.md": bytes],
      "prepexport: error: bad.md:3:3: invalid UTF-8 (byte 0xFF at byte offset 12); save the file as UTF-8\n")
  }

  func testEmptyOnlyFrontMatterBrokenFrontMatter() throws {
    try assertError(
      ["odt", "e.md"], files: ["e.md": Data()], "prepexport: error: e.md: the file is empty: nothing to export\n")
    try assertError(
      ["cards", "f.md"], files: ["f.md": Data("---\ntitle: x\n---\n".utf8)],
      "prepexport: error: f.md: the file holds only front matter: nothing to export\n")
    try assertError(
      ["docx", "g.md"], files: ["g.md": Data("---\n- a\n---\n# T\n".utf8)],
      "prepexport: error: g.md:2:1: broken front matter: front matter must be a mapping of keys to values (key: value)\n"
    )
  }

  func testDirectoryAndMissingFile() throws {
    try assertError(["docx", "."], "prepexport: error: .: is a directory, not a Markdown file\n")
    try assertError(["docx", "nope.md"], "prepexport: error: nope.md: no such file\n")
    try assertError(
      ["docx", "p.md", "--answers", "nope.md"], files: ["p.md": Data("# A\n".utf8)],
      "prepexport: error: nope.md: no such file\n")
  }

  func testStrictUnmatchedAnswerWritesNothing() throws {
    try assertError(
      ["docx", "p.md", "--answers", "a.md", "--strict"],
      files: ["p.md": Data("# Prep\n\n## Why\n\nx\n".utf8), "a.md": Data("# Whyy\n\ny\n".utf8)],
      "prepexport: error: a.md:1:1: answer heading \"Whyy\" matches no topic (--strict); did you mean \"Why\"?\n")
  }

  func testUsageErrorsExit64() throws {
    let ws = Workspace()
    defer { ws.remove() }
    for args in [
      ["cards", "--size", "3", "x.md"], ["docx", "--lang", "not a tag", "x.md"], ["docx", "--bogus"], ["frobnicate"],
    ] {
      let r = try ws.run(args)
      XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
      // The parser's own errors, or the guide's one line for a mistyped name.
      XCTAssertTrue(r.stderr.hasPrefix("Error: ") || r.stderr.hasPrefix("prepexport: error: unknown "), r.stderr)
    }
    XCTAssertEqual(ws.files, [])
  }

  func testPathologicalMarkdownNeitherCrashesNorLosesText() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("deep.md", "# A\n\n# B\n\n" + String(repeating: ">", count: 100_000) + " deepest words\n")
    let r = try ws.run(["check", "deep.md"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(
      r.stderr, "prepexport: warning: deep.md:5:33: nesting deeper than 32 levels is flattened; its text is kept\n")
  }

  func testReviewedFileIsNotOverwrittenWithoutForce() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# A\n\nx\n\n# B\n")
    let reviewed = try ReviewedFiles.data("en-word-threads.docx")
    try ws.write("Output/prep.docx", reviewed)
    let r = try ws.run(["docx", "prep.md"])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(
      r.stderr,
      "prepexport: error: Output/prep.docx holds a mentor's review (3 comments and 5 tracked changes, the first in “Why this role”); read it with `prepexport feedback Output/prep.docx`, write elsewhere with -o OTHER, or pass --force to overwrite it\n"
    )
    XCTAssertEqual(try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep.docx")), reviewed)
  }
}
