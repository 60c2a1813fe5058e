import ExportKit
import Foundation
import TestSupport
import XCTest

/// `prepexport feedback`, `--into`, and the guard, run as a user runs them, on files reviewed
/// by python-docx and LibreOffice (Tests/Fixtures/reviewed).
final class FeedbackEndToEndTests: XCTestCase {
  private func workspace(_ fixtures: [String: String]) throws -> Workspace {
    let ws = Workspace()
    for (fixture, name) in fixtures { try ws.write(name, try ReviewedFiles.data(fixture)) }
    return ws
  }

  func testMarkdownGroupsEveryItemByTopicInDocumentOrder() throws {
    let ws = try workspace(["zh-mixed.docx": "reviewed.docx"])
    defer { ws.remove() }
    let r = try ws.run(["feedback", "reviewed.docx"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stderr, "")
    let text = r.stdoutText
    XCTAssertTrue(text.hasPrefix("# Feedback on reviewed.docx\n\n3 comments, 2 insertions, 1 deletion"), text)
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
    XCTAssertEqual(headings, ["## 自我介绍", "## 项目深挖 > 数据库迁移", "## 对面试官的问题"])
    for expected in [
      "- **Comment** by 王老师 (W), ", "  > 五年后端经验，负责订单与支付服务\n\n  数字很好，再补充团队规模。",
      "- **Mentor note** by 老师 王", "(tracked)\n\n  建议加一个失败案例。", "- **Mentor note** (not tracked)\n\n  这里要补充一个失败案例。",
      "(question 3)\n\n  > 团队如何衡量稳定性的收益？\n\n  这个问题很好。", "  ~~过去五年一直~~",
    ] {
      XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
    }
  }

  func testJSONHasExactlyTheDocumentedKeys() throws {
    let ws = try workspace(["en-word-threads.docx": "threads.docx"])
    defer { ws.remove() }
    let r = try ws.run(["feedback", "threads.docx", "--json"])
    XCTAssertEqual(r.status, 0, r.stderr)
    let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    XCTAssertEqual(Set(json.keys), ["document", "items"])
    XCTAssertEqual(json["document"] as? String, "threads.docx")
    let items = try XCTUnwrap(json["items"] as? [[String: Any]])
    XCTAssertEqual(items.count, 7)
    let required: Set = [
      "kind", "topicId", "topicTitle", "topicPath", "question", "author", "date", "text", "anchor", "resolved",
      "replies",
    ]
    for item in items {
      XCTAssertTrue(required.isSubset(of: Set(item.keys)), "\(item.keys)")
      XCTAssertTrue(Set(item.keys).subtracting(required).isSubset(of: ["initials", "place", "tracked", "detail"]))
    }
    XCTAssertEqual(
      items.map { $0["kind"] as? String }, ["deletion", "format", "format", "comment", "move", "comment", "insertion"])
    let thread = items[3]
    XCTAssertEqual(thread["topicId"] as? String, "caching")
    XCTAssertEqual(thread["topicTitle"] as? String, "Caching")
    XCTAssertEqual(thread["topicPath"] as? [String], ["System design", "Caching"])
    XCTAssertTrue(thread["question"] is NSNull)
    XCTAssertEqual(thread["resolved"] as? Bool, false)
    let replies = try XCTUnwrap(thread["replies"] as? [[String: Any]])
    XCTAssertEqual(replies.count, 1)
    XCTAssertEqual(Set(replies[0].keys).intersection(["author", "date", "text"]), ["author", "date", "text"])
    XCTAssertEqual(replies[0]["text"] as? String, "The CDN cache.")
    XCTAssertEqual(items[5]["question"] as? Int, 2)
    XCTAssertEqual(items[5]["resolved"] as? Bool, true)
    XCTAssertTrue(items[6]["topicId"] is NSNull)
    XCTAssertEqual(items[6]["place"] as? String, "header")
  }

  func testPrepPinpointsTextTypedWithoutTracking() throws {
    let ws = try workspace(["en-typed-body.docx": "typed.docx"])
    defer { ws.remove() }
    try ws.write("prep.md", try ReviewedFiles.data("prep-en.md"))
    try ws.write("answers.md", try ReviewedFiles.data("answers-en.md"))
    let bare = try ws.run(["feedback", "typed.docx", "--json"])
    let bareItems = try XCTUnwrap(
      (try JSONSerialization.jsonObject(with: bare.stdout) as? [String: Any])?["items"] as? [[String: Any]])
    XCTAssertEqual(bareItems.map { $0["topicId"] as? String }, ["why"])
    XCTAssertEqual(bareItems.first?["kind"] as? String, "note")
    let r = try ws.run(["feedback", "typed.docx", "--prep", "prep.md", "--answers", "answers.md", "--json"])
    XCTAssertEqual(r.status, 0, r.stderr)
    let items = try XCTUnwrap(
      (try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])?["items"] as? [[String: Any]])
    XCTAssertEqual(items.count, 1)
    XCTAssertEqual(items[0]["text"] as? String, "[Mentor: too long, cut the first clause]")
    XCTAssertEqual(items[0]["topicId"] as? String, "why")
    XCTAssertEqual(
      items[0]["anchor"] as? String,
      "I have kept a large system healthy for three years; now I want to design the next one. [Mentor: too long, cut the first clause]"
    )
  }

  func testIntoWritesACopyOfTheAnswersWithTheFeedbackUnderEachAnswer() throws {
    let ws = try workspace(["zh-python-docx.docx": "reviewed.docx"])
    defer { ws.remove() }
    let answers = try ReviewedFiles.data("answers-zh.md")
    try ws.write("answers.md", answers)
    let r = try ws.run(["feedback", "reviewed.docx", "--into", "answers.md"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stderr, "wrote answers.feedback.md\n")
    XCTAssertEqual(try Data(contentsOf: ws.folder.appendingPathComponent("answers.md")), answers, "never modified")
    let copy = try String(contentsOf: ws.folder.appendingPathComponent("answers.feedback.md"), encoding: .utf8)
    let lines = copy.components(separatedBy: "\n")
    func line(_ prefix: String) -> Int { lines.firstIndex { $0.hasPrefix(prefix) } ?? -1 }
    // Under the answer to 自我介绍, before the next answer's heading.
    XCTAssertLessThan(line("# 自我介绍"), line("> - **Comment** by 王老师 (W)"))
    XCTAssertLessThan(line("> - **Comment** by 王老师 (W)"), line("# 对面试官的问题"))
    XCTAssertTrue(copy.contains(">   > 五年后端经验，负责订单与支付服务\n>\n>   数字很好，再补充团队规模。"), copy)
    XCTAssertTrue(copy.contains("> - **Mentor note** (not tracked)\n>\n>   这里要补充一个失败案例。"), copy)
    // Question 3 has no answer of its own: under its topic's (which groups the answer to 1).
    let question3 = lines.lastIndex { $0.contains("(question 3)") } ?? -1
    XCTAssertLessThan(line("## 1"), question3)
    XCTAssertGreaterThan(question3, line("想了解挑战是否和我的经验相关。"))
    // A topic with feedback but no answer: a heading of its own at the end.
    let heading = line("# 数据库迁移 {#数据库迁移}")
    XCTAssertGreaterThan(heading, question3)
    XCTAssertTrue(lines[heading...].joined(separator: "\n").contains("这两条可以合并。"))
    // The copy still reads as answers: every feedback heading matches a topic.
    try ws.write("prep.md", try ReviewedFiles.data("prep-zh.md"))
    let check = try ws.run(["check", "prep.md", "--answers", "answers.feedback.md"])
    XCTAssertEqual(check.status, 0, check.stderr)
    XCTAssertFalse(check.stderr.contains("matches no topic"), check.stderr)

    let again = try ws.run(["feedback", "reviewed.docx", "--into", "answers.md"])
    XCTAssertEqual(again.status, 0)
    XCTAssertEqual(again.stderr, "wrote answers.feedback-2.md (answers.feedback.md exists)\n")
    XCTAssertEqual(
      try String(contentsOf: ws.folder.appendingPathComponent("answers.feedback-2.md"), encoding: .utf8), copy)
  }

  func testTheGuardRefusesAFileHoldingOnlyAnUntrackedNote() throws {
    let ws = try workspace(["zh-typed-note.docx": "Output/prep-zh.docx"])
    defer { ws.remove() }
    try ws.write("prep-zh.md", try ReviewedFiles.data("prep-zh.md"))
    let r = try ws.run(["docx", "prep-zh.md", "--review"])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(
      r.stderr,
      "prepexport: error: Output/prep-zh.docx holds a mentor's review (1 note typed without tracking, the first in “自我介绍”); read it with `prepexport feedback Output/prep-zh.docx`, write elsewhere with -o OTHER, or pass --force to overwrite it\n"
    )
    XCTAssertEqual(
      try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep-zh.docx")),
      try ReviewedFiles.data("zh-typed-note.docx"))
    let forced = try ws.run(["docx", "prep-zh.md", "--review", "--force"])
    XCTAssertEqual(forced.status, 0, forced.stderr)
  }

  func testTheGuardAcceptsALibreOfficeReSave() throws {
    let ws = try workspace(["ja-resaved.docx": "Output/prep-ja.docx", "ja-resaved.odt": "Output/prep-ja.odt"])
    defer { ws.remove() }
    try ws.write("prep-ja.md", try ReviewedFiles.data("prep-ja.md"))
    for format in ["docx", "odt"] {
      let r = try ws.run([format, "prep-ja.md", "--review"])
      XCTAssertEqual(r.status, 0, r.stderr)
      XCTAssertEqual(r.stderr, "wrote Output/prep-ja.\(format)\n")
    }
  }

  func testAllWritesEveryFormatItCanAndReportsTheReviewedOne() throws {
    let ws = try workspace(["en-libreoffice.odt": "Output/prep-en.odt"])
    defer { ws.remove() }
    try ws.write("prep-en.md", try ReviewedFiles.data("prep-en.md"))
    let r = try ws.run(["all", "prep-en.md"])
    XCTAssertEqual(r.status, 1)
    XCTAssertTrue(r.stderr.contains("wrote Output/prep-en.docx\n"), r.stderr)
    XCTAssertTrue(r.stderr.contains("wrote Output/prep-en.cards.txt\n"), r.stderr)
    XCTAssertTrue(
      r.stderr.contains(
        "prepexport: error: Output/prep-en.odt holds a mentor's review (5 tracked changes, the first in “Why this role”)"
      ),
      r.stderr)
    XCTAssertTrue(r.stderr.contains("(skipped; the other formats are written)"), r.stderr)
    XCTAssertEqual(
      try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep-en.odt")),
      try ReviewedFiles.data("en-libreoffice.odt"))
    XCTAssertEqual(
      ws.files,
      [
        "Output/prep-en.anki.txt", "Output/prep-en.cards.pdf", "Output/prep-en.cards.txt", "Output/prep-en.docx",
        "Output/prep-en.odt", "Output/prep-en.pdf", "prep-en.md",
      ])
  }

  func testHostileAndWrongFilesGetOneLineEach() throws {
    let expected = [
      "hostile-zip-slip.docx":
        "hostile-zip-slip.docx: refused: entry path \"../../evil.sh\" points outside the package",
      "hostile-zip-bomb.docx": "hostile-zip-bomb.docx: refused: entry \"word/document.xml\" compresses",
      "hostile-xxe.docx":
        "hostile-xxe.docx (word/document.xml): refused: XML with a DOCTYPE or entity declarations is not accepted",
      "hostile-billion-laughs.odt":
        "hostile-billion-laughs.odt (content.xml): refused: XML with a DOCTYPE or entity declarations is not accepted",
      "hostile-report.pdf": "hostile-report.pdf: cannot read a review: it is a PDF",
      "hostile-legacy.doc": "hostile-legacy.doc: cannot read a review: it is a legacy Word .doc (OLE2) file",
      "hostile-markdown.docx": "hostile-markdown.docx: cannot read a review: it is a text file (Markdown?)",
    ]
    let ws = try workspace(Dictionary(uniqueKeysWithValues: expected.keys.map { ($0, $0) }))
    defer { ws.remove() }
    for (name, message) in expected {
      let r = try ws.run(["feedback", name])
      XCTAssertEqual(r.status, 1, name)
      XCTAssertEqual(r.stdout.count, 0, name)
      XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
      XCTAssertTrue(r.stderr.hasPrefix("prepexport: error: " + message), r.stderr)
    }
    XCTAssertEqual(ws.files, expected.keys.sorted())
  }

  func testALibreOfficeReSaveKeepsTheFingerprintAndATypedNoteNamesItsTopic() throws {
    if let reason = OfficeTools.libreOfficeMissingReason { throw XCTSkip(reason) }
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", try ReviewedFiles.data("prep-zh.md"))
    try ws.write("answers.md", try ReviewedFiles.data("answers-zh.md"))
    let soffice = try XCTUnwrap(Command.which("soffice"))
    let profile = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: profile) }
    for format in ["docx", "odt"] {
      let written = try ws.run([
        format, "prep.md", "--answers", "answers.md", "--review", "--toc", "-o", "ours.\(format)",
      ])
      XCTAssertEqual(written.status, 0, written.stderr)
      try Command.run(
        soffice,
        [
          "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", format, "--outdir",
          ws.folder.appendingPathComponent("saved").path, ws.folder.appendingPathComponent("ours.\(format)").path,
        ])
      let saved = try Data(contentsOf: ws.folder.appendingPathComponent("saved/ours.\(format)"))
      let part = format == "docx" ? "docProps/custom.xml" : "meta.xml"
      let properties = String(decoding: try XCTUnwrap(try SafeArchive(saved, name: "saved")[part]), as: UTF8.self)
      for name in ["prepexport-fingerprint", "prepexport-topics"] { XCTAssertTrue(properties.contains(name), part) }
      try ws.write("Output/prep.\(format)", saved)
      let feedback = try ws.run(["feedback", "Output/prep.\(format)"])
      XCTAssertTrue(feedback.stdoutText.contains("No comments, tracked changes or notes."), feedback.stdoutText)
      let again = try ws.run([format, "prep.md", "--answers", "answers.md", "--review"])
      XCTAssertEqual(again.status, 0, "a re-save is not a review: \(again.stderr)")

      // One note typed into a paragraph with tracking off.
      let body = format == "docx" ? "word/document.xml" : "content.xml"
      let typed = try ReviewedFiles.editing(saved, part: body) {
        $0.replacingOccurrences(of: "灰度切换？", with: "灰度切换？要问回滚。")
      }
      try ws.write("Output/prep.\(format)", typed)
      let refused = try ws.run([format, "prep.md", "--answers", "answers.md", "--review"])
      XCTAssertEqual(refused.status, 1)
      XCTAssertTrue(refused.stderr.contains("(1 note typed without tracking, the first in “数据库迁移”)"), refused.stderr)
      let json = try ws.run([
        "feedback", "Output/prep.\(format)", "--json", "--prep", "prep.md", "--answers", "answers.md",
      ])
      let items = try XCTUnwrap(
        (try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])?["items"] as? [[String: Any]])
      XCTAssertEqual(items.map { $0["text"] as? String }, ["要问回滚。"])
      XCTAssertEqual(items.map { $0["topicId"] as? String }, ["数据库迁移"])
      XCTAssertEqual(items.map { $0["question"] as? Int }, [3])
    }
  }

  func testALibreOfficeReSaveOfEveryKindOfBlockIsNotAReview() throws {
    if let reason = OfficeTools.libreOfficeMissingReason { throw XCTSkip(reason) }
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", everyKindOfBlockPrep)
    try ws.write("answers.md", everyKindOfBlockAnswers)
    let soffice = try XCTUnwrap(Command.which("soffice"))
    let profile = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: profile) }
    for (format, target) in [("docx", "docx"), ("odt", "odt"), ("docx", "odt"), ("odt", "docx")] {
      _ = try ws.run([format, "prep.md", "--answers", "answers.md", "--review", "--toc", "-o", "ours.\(format)"])
      let out = ws.folder.appendingPathComponent("saved-\(format)-\(target)")
      try Command.run(
        soffice,
        [
          "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", target, "--outdir", out.path,
          ws.folder.appendingPathComponent("ours.\(format)").path,
        ])
      let saved = out.appendingPathComponent("ours.\(target)").path
      let r = try ws.run(["feedback", saved, "--json"])
      XCTAssertEqual(r.status, 0, r.stderr)
      let items = (try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])?["items"] as? [[String: Any]]
      XCTAssertEqual(items?.count, 0, "\(format) → \(target): \(r.stdoutText)")
    }
  }
}
