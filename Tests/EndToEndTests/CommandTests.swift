import Foundation
import TestSupport
import XCTest

/// `check`, `formats`, `init`, `--version`, `--help`, run as a user runs them.
final class CommandTests: XCTestCase {
  func testCheckPrintsTheModelOfTheSeed() throws {
    guard let seed = Paths.seed else {
      throw XCTSkip("../shared/fixtures/seed-prep-zh.md is absent: seed check not run")
    }
    let r = try Command.prepexport(["check", seed.path])
    XCTAssertEqual(r.status, 0, r.stderr)
    let out = r.stdoutText
    XCTAssertTrue(out.hasPrefix("title: 提问环节\nlang: zh-CN (detected)\n"), out)
    XCTAssertTrue(out.contains("topics: 2, questions: 4, answers matched: 0, unmatched: 0"))
    for q in 1...4 { XCTAssertTrue(out.contains("question 对面试官的问题/q\(q): ")) }
    for line in [
      "# 对面试官的问题  {#对面试官的问题}", "# 跳槽/转岗原因  {#跳槽-转岗原因}", "part \"原则\": guidance",
      "part \"一个示例的话术（ai生成）\": sample-answer",
      "part \"关于原先团队的技术债务\": general", "part \"总结一下话术\": key-points",
    ] {
      XCTAssertTrue(out.contains(line), line)
    }
  }

  func testCheckWithAnswersReportsMatchedAndUnmatchedAsTextAndJSON() throws {
    let prep = Paths.template("examples/prep-en.md").path
    let answers = Paths.template("examples/answers-en.md").path
    let r = try Command.prepexport(["check", prep, "--answers", answers])
    XCTAssertEqual(r.status, 0)
    XCTAssertTrue(r.stdoutText.contains("answers matched: 3, unmatched: 1"))
    XCTAssertTrue(
      r.stderr.contains(
        "answers-en.md:22:1: answer heading \"Salary expectations\" matches no topic; it is kept in an appendix"))
    let json = try Command.prepexport(["check", prep, "--answers", answers, "--json"])
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    XCTAssertEqual(object["title"] as? String, "Staff Engineer Interview Prep")
    XCTAssertEqual((object["topics"] as? [[String: Any]])?.count, 4)
    XCTAssertEqual(
      (object["unmatchedAnswers"] as? [[String: Any]])?.first?["heading"] as? String, "Salary expectations")
  }

  func testStdinAndSeveralInputs() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let piped = try ws.run(["check"], stdin: Data("# A\n\nx\n\n# B\n\ny\n".utf8))
    XCTAssertEqual(piped.status, 0, piped.stderr)
    XCTAssertTrue(piped.stdoutText.hasPrefix("title: stdin\n"))
    try ws.write("one.md", "---\ntitle: Both\n---\n# Same\n\nx\n")
    try ws.write("two.md", "# Same\n\ny\n")
    let both = try ws.run(["check", "one.md", "two.md"])
    XCTAssertTrue(both.stdoutText.contains("{#same}") && both.stdoutText.contains("{#same-2}"), both.stdoutText)
  }

  func testFormatsComeFromTheRegistry() throws {
    let r = try Command.prepexport(["formats"])
    XCTAssertEqual(r.status, 0)
    XCTAssertEqual(
      try FormatList.read().names, ["docx", "odt", "pdf", "cards", "cards-pdf", "anki"])
    XCTAssertEqual(
      try FormatList.read().footnote,
      "pdf and cards-pdf run another program for each document: 'all --each' leaves them out, "
        + "and 'watch' writes them only when named.\n")
    XCTAssertTrue(r.stdoutText.contains(".docx"))
  }

  func testInitWritesStarterFilesAndNeverOverwrites() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let first = try ws.run(["init"])
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertEqual(ws.files, ["answers.md", "prep.md"])
    let check = try ws.run(["check", "prep.md", "--answers", "answers.md", "--strict"])
    XCTAssertEqual(check.status, 0, check.stderr)
    try ws.write("prep.md", "mine")
    let again = try ws.run(["init"])
    XCTAssertEqual(again.status, 1)
    XCTAssertEqual(
      again.stderr, "prepexport: error: prep.md: cannot write: it already exists; init never overwrites files\n")
    XCTAssertEqual(try String(contentsOf: ws.folder.appendingPathComponent("prep.md"), encoding: .utf8), "mine")
  }

  func testVersionAndHelpEverywhere() throws {
    XCTAssertEqual(try Command.prepexport(["--version"]).stdoutText, "0.1.0\n")
    for command in [
      [], ["check"], ["all"], ["formats"], ["init"], ["docx"], ["odt"], ["pdf"], ["cards"], ["cards-pdf"], ["anki"],
    ] {
      let r = try Command.prepexport(command + ["--help"])
      XCTAssertEqual(r.status, 0, "\(command)")
      XCTAssertTrue(r.stdoutText.contains("USAGE:") || r.stdoutText.contains("Usage:"), "\(command): \(r.stdoutText)")
    }
  }

  func testEachCardFormatTakesItsOwnOptions() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "## A\n\n- b\n")
    let paper = try ws.run(["cards-pdf", "prep.md", "--paper", "a5"])
    XCTAssertEqual(paper.status, 64)
    XCTAssertTrue(
      paper.stderr.contains(
        "The value 'a5' is invalid for '--paper <paper>'. Please provide one of 'card', 'a4' or 'letter'."),
      paper.stderr)
    let size = try ws.run(["cards-pdf", "prep.md", "--size", "40x12"])
    XCTAssertEqual(size.status, 64)
    XCTAssertTrue(size.stderr.contains("--size 40x12: printed cards are 3x5, 4x6 or a6"), size.stderr)
    XCTAssertEqual(try ws.run(["anki", "prep.md", "--size", "3x5"]).status, 64, "Anki has no card size")
    let deck = try ws.run(["anki", "prep.md", "--deck", "Prep::Week 1", "-o", "-"])
    XCTAssertEqual(deck.status, 0, deck.stderr)
    XCTAssertTrue(deck.stdoutText.contains("#deck:Prep::Week 1\n"))
    let full = try ws.run(["cards", "prep.md", "--full", "-o", "-"])
    XCTAssertEqual(full.status, 0, full.stderr)
    XCTAssertEqual(ws.files, ["prep.md"], "nothing written but to stdout")
  }

  func testAllWritesEveryFormatItCanAndReportsTheRest() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "## A\n\n- b\n")
    // Without LibreOffice on PATH the pdf format fails; the others are written.
    let result = try ws.run(["all", "prep.md"], environment: ["PATH": "/nonexistent"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("prepexport: error: pdf: soffice: not found on PATH"), result.stderr)
    XCTAssertEqual(
      ws.files,
      [
        "Output/prep.anki.txt", "Output/prep.cards.pdf", "Output/prep.cards.txt", "Output/prep.docx", "Output/prep.odt",
        "prep.md",
      ])
  }
}
