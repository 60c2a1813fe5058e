import Foundation
import TestSupport
import XCTest

/// `prepexport all --each`: each input its own document, on every core; names that do not
/// collide; one bad file reported without stopping the rest; a summary; progress only on a
/// terminal. A batch writes the same bytes as one command per file.
final class BatchEndToEndTests: XCTestCase {
  func prep(_ name: String) -> String {
    "---\ntitle: \(name)\ncandidate: \(name)\n---\n\n## Why \(name)\n\n**Key points**:\n\n- \(name) point one\n- two\n\n"
      + "## Questions to ask\n\n1. What does \(name) want?\n"
  }

  /// The formats a batch writes: the list `prepexport formats` prints, less those its footnote
  /// says run another program for each document.
  func formatNames() throws -> [(name: String, ext: String)] {
    let list = try FormatList.read()
    let left = Set(list.footnote.components(separatedBy: " run another program")[0].components(separatedBy: " and "))
    XCTAssertEqual(left, ["pdf", "cards-pdf"], list.footnote)
    return list.lines.filter { !left.contains(String($0.split(separator: " ")[0])) }.map {
      let words = $0.split(separator: " ", omittingEmptySubsequences: true)
      return (String(words[0]), String(words[1].dropFirst()))
    }
  }

  func testEachInputItsOwnDocumentAndABadFileDoesNotStopTheRest() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("cand/alice/prep.md", prep("Alice"))
    try ws.write("cand/bob/prep.md", prep("Bob"))
    try ws.write("cand/bad.md", Data("%PDF-1.4\n".utf8))
    let r = try ws.run(["all", "--each", "cand/alice/prep.md", "cand/bob/prep.md", "cand/bad.md", "--out-dir", "out"])
    XCTAssertEqual(r.status, 1, "a file failed")
    let formats = try formatNames()
    var expected = ["cand/alice/prep.md", "cand/bad.md", "cand/bob/prep.md"]
    for person in ["alice", "bob"] { expected += formats.map { "out/cand/\(person)/prep.\($0.ext)" } }
    XCTAssertEqual(ws.files, expected.sorted())
    let lines = r.stderr.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2, r.stderr)
    XCTAssertEqual(
      lines[0],
      "prepexport: error: cand/bad.md is a PDF, not Markdown; give the Markdown notes it was made from (prep.md); "
        + "prepexport init writes a starter")
    XCTAssertNotNil(
      lines[1].range(
        of:
          #"^3 inputs, \#(formats.count) formats \(pdf and cards-pdf left out: each runs a program per document\): "#
          + #"\#(2 * formats.count) files written to out, 1 failed, in \d+\.\d\d s$"#,
        options: .regularExpression), lines[1])
    XCTAssertFalse(r.stderr.contains("[1/3]"), "no progress lines into a pipe")
    let alice = try String(
      contentsOf: ws.folder.appendingPathComponent("out/cand/alice/prep.cards.txt"), encoding: .utf8)
    XCTAssertTrue(alice.contains("Alice point one") && !alice.contains("Bob"), alice)
    for person in ["alice", "bob"] {
      for ext in ["docx", "odt"] {
        try assertValidOffice(
          try Data(contentsOf: ws.folder.appendingPathComponent("out/cand/\(person)/prep.\(ext)")), "prep.\(ext)")
      }
    }
  }

  /// Many inputs written on every core give the same bytes as one command per file.
  func testABatchWritesWhatSingleExportsWrite() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let names = (1...40).map { "candidate-\($0)" }
    for name in names { try ws.write("in/\(name).md", prep(name)) }
    let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
    let batch = try ws.run(
      ["all", "--each", "--out-dir", "batch", "--toc"] + names.map { "in/\($0).md" }, environment: epoch)
    XCTAssertEqual(batch.status, 0, batch.stderr)
    XCTAssertTrue(batch.stderr.hasPrefix("40 inputs, "), batch.stderr)
    for name in names.shuffled().prefix(4) {
      let single = try ws.run(["all", "in/\(name).md", "--out-dir", "single/\(name)", "--toc"], environment: epoch)
      XCTAssertEqual(single.status, 0, single.stderr)
      for format in try formatNames() {
        let one = try Data(contentsOf: ws.folder.appendingPathComponent("single/\(name)/\(name).\(format.ext)"))
        let many = try Data(contentsOf: ws.folder.appendingPathComponent("batch/in/\(name).\(format.ext)"))
        XCTAssertEqual(one, many, "\(name).\(format.ext)")
      }
    }
    XCTAssertEqual(ws.files.filter { $0.contains(".tmp-") }, [])
  }

  func testNamesThatWouldCollideAndWhatEachRefuses() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("x.md", prep("MD"))
    try ws.write("x.markdown", prep("Markdown"))
    let r = try ws.run(["all", "--each", "x.md", "x.markdown", "./x.md", "--out-dir", "out"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertTrue(r.stderr.hasPrefix("2 inputs, "), r.stderr)
    let outputs = ws.files.filter { $0.hasPrefix("out/") && $0.hasSuffix(".docx") }
    XCTAssertEqual(outputs, ["out/x.markdown.docx", "out/x.md.docx"])
    let withAnswers = try ws.run(["all", "--each", "x.md", "--answers", "a.md"])
    XCTAssertEqual(withAnswers.status, 64)
    XCTAssertEqual(
      withAnswers.stderr,
      "prepexport: error: --answers belongs to one document; with --each, run one "
        + "'prepexport all PREP --answers ANSWERS' per pair\n")
    let fromStdin = try ws.run(["all", "--each", "-"], stdin: Data("# A\n".utf8))
    XCTAssertEqual(fromStdin.status, 64)
    XCTAssertEqual(
      fromStdin.stderr, "prepexport: error: --each exports files: name them, as in 'prepexport all --each notes/*.md'\n"
    )
  }

  /// On a terminal (util-linux `script`), one line per finished file, then the summary.
  func testProgressOnATerminal() throws {
    guard let script = Command.which("script") else {
      throw XCTSkip("util-linux `script` missing: no terminal to test with")
    }
    let ws = Workspace()
    defer { ws.remove() }
    for name in ["a", "b", "c"] { try ws.write("\(name).md", prep(name)) }
    let command = "\(Paths.binary.path) all --each a.md b.md c.md --out-dir out 2>&1; echo \"status=$?\""
    let screen = try Command.run(script, ["-qec", command, "/dev/null"], in: ws.folder).stdoutText
      .replacingOccurrences(of: "\r\n", with: "\n")
    let lines = screen.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 5, screen)
    let formats = try formatNames().count
    XCTAssertEqual(
      Set(lines.prefix(3).map { $0.replacingOccurrences(of: #"^\[\d/3\] "#, with: "", options: .regularExpression) }),
      ["a.md: \(formats) files", "b.md: \(formats) files", "c.md: \(formats) files"])
    XCTAssertEqual(lines.prefix(3).map { String($0.prefix(5)) }, ["[1/3]", "[2/3]", "[3/3]"])
    XCTAssertTrue(
      lines[3].hasPrefix(
        "3 inputs, \(formats) formats (pdf and cards-pdf left out: each runs a program per document): \(3 * formats) files written to out, none failed"
      ))
    XCTAssertEqual(lines[4], "status=0")
  }
}

/// A batch writes on every core at once; interrupted at any moment, it leaves no temporary
/// file behind, whichever threads were writing.
final class BatchInterruptEndToEndTests: XCTestCase {
  func testAnInterruptedBatchLeavesNoTemporaryFile() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let body = (0..<300).map { "## Topic \($0)\n\n- point one of \($0)\n- point two\n\nSome text here.\n\n" }.joined()
    let inputs = (1...12).map { "in/p\($0).md" }
    for input in inputs { try ws.write(input, "# Prep\n\n" + body) }
    for delay in [0.0, 0.05, 0.1, 0.2, 0.4] {
      let process = Process()
      process.executableURL = Paths.binary
      process.arguments = ["all", "--each", "--out-dir", "out"] + inputs
      process.currentDirectoryURL = ws.folder
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      process.interrupt()
      process.waitUntilExit()
      XCTAssertEqual(ws.files.filter { $0.contains(".tmp-") }, [], "after \(delay) s")
    }
  }
}
