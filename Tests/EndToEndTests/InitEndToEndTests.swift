import Foundation
import TestSupport
import XCTest

/// `prepexport init` in the user's language: realistic starters that read cleanly (every part
/// role, questions to ask, an answer to a topic and to a question), and the next step printed.
final class InitEndToEndTests: XCTestCase {
  /// The locale is cleared so that only what each test sets counts.
  let noLocale = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]

  func testEachLanguageGivesStartersThatReadCleanlyAndExport() throws {
    let expected: [(lang: String, tag: String, title: String, roles: [String], answered: String)] = [
      (
        "zh", "zh-CN", "后端开发工程师面试准备",
        [
          "\"要点\": key-points", "\"原则\": guidance", "\"示例话术\": sample-answer",
          "\"团队情况\": general",
        ], "question 对面试官的问题/q1: 这个岗位最近半年最重要的目标是什么？  [answered at answers.md:18:1]"
      ),
      (
        "ja", "ja-JP", "バックエンドエンジニア面接準備",
        [
          "\"まとめ\": key-points", "\"ポイント\": guidance",
          "\"回答例\": sample-answer", "\"チーム体制\": general",
        ],
        "question 逆質問/q1: このポジションで最初の半年に期待される成果は何ですか？  [answered at answers.md:18:1]"
      ),
      (
        "en", "en-US", "Backend Engineer Interview Prep",
        [
          "\"Key points\": key-points", "\"Principles\": guidance",
          "\"Sample answer\": sample-answer", "\"The team\": general",
        ],
        "question questions-to-ask/q1: What are the most important goals for this role in the first six months?  "
          + "[answered at answers.md:18:1]"
      ),
    ]
    for case_ in expected {
      let ws = Workspace()
      defer { ws.remove() }
      let made = try ws.run(["init", "--lang", case_.lang], environment: noLocale)
      XCTAssertEqual(made.status, 0, made.stderr)
      XCTAssertEqual(ws.files, ["answers.md", "prep.md"])
      let check = try ws.run(["check", "prep.md", "--answers", "answers.md", "--strict"])
      XCTAssertEqual(check.status, 0, check.stderr)
      XCTAssertEqual(check.stderr, "", "no warnings in a starter")
      let out = check.stdoutText
      XCTAssertTrue(out.hasPrefix("title: \(case_.title)\nlang: \(case_.tag)\n"), out)
      XCTAssertTrue(out.contains("topics: 6, questions: 5, answers matched: 3, unmatched: 0"), out)
      for role in case_.roles { XCTAssertTrue(out.contains("part \(role)"), "\(case_.lang): \(role)") }
      XCTAssertTrue(out.contains(case_.answered), out)
      XCTAssertTrue(out.contains("answer: 1 block from answers.md:10:1"), "the answer by path Parent > Child")
      // The printed next steps work as printed.
      for format in ["docx", "odt", "cards"] {
        let r = try ws.run([format, "prep.md", "--answers", "answers.md", "--strict"])
        XCTAssertEqual(r.status, 0, "\(case_.lang) \(format): \(r.stderr)")
      }
      try assertValidOffice(try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep.docx")), "prep.docx")
      try assertValidOffice(try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep.odt")), "prep.odt")
    }
  }

  func testTheNextStepIsPrintedInTheStartersLanguage() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let r = try ws.run(["init", "--lang", "zh"], environment: noLocale)
    let folder = ws.folder.resolvingSymlinksInPath().path
    XCTAssertEqual(
      r.stdoutText,
      """
      已写入 \(folder)/prep.md（准备材料）和 \(folder)/answers.md（你的回答）。

      把其中的内容换成你自己的，然后运行：
        prepexport check prep.md --answers answers.md   # 看看读出了哪些主题、问题和回答
        prepexport docx prep.md --answers answers.md    # 生成 Output/prep.docx，发给导师
        prepexport cards prep.md --answers answers.md   # 生成 Output/prep.cards.txt，用 lp 打印成卡片

      """)
  }

  /// Without `--lang`: LC_ALL, then LC_MESSAGES, then LANG; Chinese when none names zh, ja or en.
  func testTheLanguageComesFromTheLocale() throws {
    let cases: [([String: String], String)] = [
      (["LANG": "ja_JP.UTF-8"], "lang: ja-JP"),
      (["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"], "lang: zh-CN"),
      (["LANG": "ja_JP.UTF-8", "LC_ALL": "en_GB.UTF-8"], "lang: en-US"),
      (["LANG": "C.UTF-8"], "lang: zh-CN"),
      ([:], "lang: zh-CN"),
    ]
    for (locale, line) in cases {
      let ws = Workspace()
      defer { ws.remove() }
      let environment = noLocale.merging(locale) { $1 }
      XCTAssertEqual(try ws.run(["init"], environment: environment).status, 0)
      let prep = try String(contentsOf: ws.folder.appendingPathComponent("prep.md"), encoding: .utf8)
      XCTAssertTrue(prep.contains("\n\(line)\n"), "\(locale)")
    }
  }

  func testAnUnknownLanguageIsAUsageError() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let r = try ws.run(["init", "--lang", "fr"])
    XCTAssertEqual(r.status, 64)
    XCTAssertTrue(r.stderr.hasPrefix("Error: The value 'fr' is invalid for '--lang <zh|ja|en>'"), r.stderr)
    XCTAssertEqual(ws.files, [])
  }
}
