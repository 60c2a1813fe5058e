import CardModel
import ExportKit
import Foundation
import PrepModel
import XCTest

@testable import AnkiExport

/// Anki's text import (SPEC §3.3): exact header lines, one note per card with a GUID that
/// stays the same across exports, fields that never split, HTML escaped, tags from the topic
/// path, fronts made unique.
final class AnkiExportTests: XCTestCase {
  private func export(_ markdown: String, answers: String? = nil, deck: String? = nil) throws -> String {
    let doc = try PrepReader.read(
      [InputFile(name: "prep.md", bytes: Array(markdown.utf8))],
      answers: answers.map { InputFile(name: "answers.md", bytes: Array($0.utf8)) }
    ).document
    let data = try AnkiExporter().export(doc, options: ExportOptions(cards: CardOptions(deck: deck))).data
    return try XCTUnwrap(String(data: data, encoding: .utf8))
  }

  /// The header lines (those starting with "#" at the top).
  private func header(_ text: String) -> [String] {
    Array(text.split(separator: "\n").prefix { $0.hasPrefix("#") }.map(String.init))
  }

  /// The note lines, each split into its tab-separated fields.
  private func notes(_ text: String) -> [[String]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") }.dropLast().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  func testHeaderLinesNameTheDeckNoteTypeColumnsAndUpdateOnReimport() throws {
    let markdown = "---\ntitle: 面试准备\n---\n## 跳槽原因\n\n- 方向匹配\n"
    XCTAssertEqual(
      header(try export(markdown)),
      [
        "#separator:tab", "#html:true", "#notetype:Basic", "#deck:面试准备", "#columns:Front\tBack\tTags\tGUID",
        "#tags column:3", "#guid column:4", "#if matches:update current",
      ])
    XCTAssertTrue(header(try export(markdown, deck: "Interviews::2026")).contains("#deck:Interviews::2026"))
    XCTAssertTrue(header(try export(markdown, deck: "  \t ")).contains("#deck:面试准备"), "a blank --deck is no deck")
    XCTAssertTrue(header(try export(markdown, deck: "a\tb\nc")).contains("#deck:a b c"), "a deck name on one line")
  }

  func testOneNotePerCardWithFourFields() throws {
    let text = try export(
      """
      ---
      lang: zh-CN
      ---
      ## 项目深挖：延迟优化

      关键词：

      ```text
      背景：QPS 峰值 3 万
      方案：算子融合
      ```

      ### 可能的追问

      - 如何定位性能瓶颈？
      - 动态批处理会不会增加尾延迟？
        - 会，需要设置最大等待时间
      """)
    let lines = notes(text)
    XCTAssertEqual(lines.map(\.count), [4, 4])
    XCTAssertEqual(
      lines.map { Array($0.prefix(3)) },
      [
        ["项目深挖：延迟优化", "- 背景：QPS 峰值 3 万<br>- 方案：算子融合", "项目深挖：延迟优化"],
        [
          "可能的追问", "- 如何定位性能瓶颈？<br>- 动态批处理会不会增加尾延迟？<br>&nbsp;&nbsp;&nbsp;&nbsp;- 会，需要设置最大等待时间",
          "项目深挖：延迟优化::可能的追问",
        ],
      ])
  }

  func testGUIDsStayTheSameWhenTheContentChangesAndDifferPerCard() throws {
    let before = notes(try export("# Prep\n\n## Why this role {#why}\n\n- growth\n\n## Salary\n\n- above market\n"))
    let after = notes(
      try export("# Prep\n\n## Why this role, reworded {#why}\n\n- growth\n- impact\n\n## Salary\n\n- flexible\n"))
    XCTAssertEqual(before.map { $0[3] }, after.map { $0[3] }, "same topic ids, same GUIDs: re-importing updates")
    XCTAssertNotEqual(before[0][3], before[1][3])
    for guid in before.map({ $0[3] }) {
      XCTAssertTrue(guid.hasPrefix("pe") && guid.count == 18, guid)
      XCTAssertTrue(guid.dropFirst(2).allSatisfy(\.isHexDigit), guid)
    }
    let otherDocument = notes(try export("# Other prep\n\n## Why this role {#why}\n\n- growth\n"))
    XCTAssertNotEqual(otherDocument[0][3], before[0][3], "another document's notes are other notes")
    // FNV-1a 64 of "Prep", 0x1F, "topic:why": fixed, so that GUIDs never change between versions.
    XCTAssertEqual(AnkiGUID.make(title: "Prep", key: "topic:why"), before[0][3])
    XCTAssertEqual(AnkiGUID.make(title: "", key: ""), "peaf63d24c8601db8e", "FNV-1a of the single byte 0x1F")
  }

  func testCollidingFrontsGetTheirTopicPath() throws {
    let lines = notes(
      try export(
        """
        ## 项目一

        ### 问题 1

        - 背景

        ## 项目二

        ### 问题 1

        - 方案

        ## 总结

        - 复盘
        """))
    XCTAssertEqual(lines.map { $0[0] }, ["项目一 › 问题 1", "项目二 › 问题 1", "总结"])
    XCTAssertEqual(Set(lines.map { $0[3] }).count, 3)
  }

  func testKeyPointsFollowTheAnswerUnderTheirBoldLabel() throws {
    let lines = notes(
      try export(
        "## 跳槽原因\n\n**总结**：\n\n1. 方向匹配\n", answers: "## 跳槽原因\n\n我想做推理。也想带团队。\n"))
    XCTAssertEqual(lines[0][1], "- 我想做推理。<br>- 也想带团队。<br><b>总结：</b><br>1. 方向匹配")
  }

  func testOneNoteHoldsAllPointsHoweverManyPrintedCardsTheyNeed() throws {
    let items = (1...40).map { "- point \($0) with some words to fill the card" }.joined(separator: "\n")
    let lines = notes(try export("## Big topic\n\n\(items)\n"))
    XCTAssertEqual(lines.count, 1)
    XCTAssertEqual(lines[0][1].components(separatedBy: "<br>").count, 40)
  }

  func testHTMLAndSeparatorsInsideTextNeverSplitAField() throws {
    let text = try export(
      """
      ## Tabs\tand "quotes" & <tags>

      - a\tb <br> c & d
      - line one\\
        line two

      ## #hashtag topic

      - x
      """)
    let lines = notes(text)
    XCTAssertEqual(lines.count, 2)
    for line in lines { XCTAssertEqual(line.count, 4, "\(line)") }
    XCTAssertEqual(lines[0][0], "Tabs and &quot;quotes&quot; &amp; &lt;tags&gt;")
    XCTAssertEqual(lines[0][1], "- a b &lt;br&gt; c &amp; d<br>- line one line two")
    XCTAssertEqual(lines[0][2], "Tabs_and_quotes_&_<tags>")
    XCTAssertEqual(lines[1][0], "&#35;hashtag topic", "a line starting with # would be an Anki comment")
    XCTAssertEqual(lines[1][2], "#hashtag_topic")
  }

  func testFieldEscapingOfRawText() {
    XCTAssertEqual(AnkiField.html("a\tb\nc\r\nd \"e\" <f> & g"), "a&#9;b<br>c<br>d &quot;e&quot; &lt;f&gt; &amp; g")
    XCTAssertEqual(AnkiField.tag(["Parent title", "C::D", "E:"]), "Parent_title::C_D::E")
  }

  func testQuestionsWithAnswersAreNotesTaggedWithTheirTopic() throws {
    let lines = notes(
      try export(
        "## Questions to ask\n\n1. How is direction set?\n2. Team size?\n",
        answers: "## Questions to ask\n\n### Q2\n\nListen for concrete goals. And more.\n"))
    XCTAssertEqual(lines.map(\.first), ["Questions to ask", "Team size?"])
    XCTAssertEqual(
      Array(lines[1].prefix(3)), ["Team size?", "- Listen for concrete goals.<br>- And more.", "Questions_to_ask"])
  }

  func testTheExporterDescribesItself() {
    let exporter = AnkiExporter()
    XCTAssertEqual(exporter.name, "anki")
    XCTAssertEqual(exporter.fileExtension, "anki.txt")
    XCTAssertFalse(exporter.isBinary)
    XCTAssertTrue(AnkiExporter.Options.self == DeckOptions.self)
  }
}
