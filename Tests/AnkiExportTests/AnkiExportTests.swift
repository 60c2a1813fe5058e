import CardModel
import ExportKit
import Foundation
import PrepModel
import XCTest

@testable import AnkiExport

/// Anki's text import (SPEC §3.3): exact header lines, one note per card, fields that never
/// split, HTML escaped, tags from the topic path.
final class AnkiExportTests: XCTestCase {
  private func export(_ markdown: String, answers: String? = nil) throws -> String {
    let doc = try PrepReader.read(
      [InputFile(name: "prep.md", bytes: Array(markdown.utf8))],
      answers: answers.map { InputFile(name: "answers.md", bytes: Array($0.utf8)) }
    ).document
    let data = try AnkiExporter().export(doc, options: ExportOptions()).data
    return try XCTUnwrap(String(data: data, encoding: .utf8))
  }

  private func notes(_ text: String) -> [[String]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).dropLast().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  func testHeaderLinesAndOneNotePerCardWithThreeFields() throws {
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
    let expected = """
      #separator:tab
      #html:true
      #columns:Front\tBack\tTags
      #tags column:3
      项目深挖：延迟优化\t- 背景：QPS 峰值 3 万<br>- 方案：算子融合\t项目深挖：延迟优化
      可能的追问\t- 如何定位性能瓶颈？<br>- 动态批处理会不会增加尾延迟？<br>&nbsp;&nbsp;&nbsp;&nbsp;- 会，需要设置最大等待时间\t项目深挖：延迟优化::可能的追问

      """
    XCTAssertEqual(text, expected)
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
    for line in lines { XCTAssertEqual(line.count, 3, "\(line)") }
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
    XCTAssertEqual(lines[1], ["Team size?", "- Listen for concrete goals.", "Questions_to_ask"])
  }

  func testTheExporterDescribesItself() {
    let exporter = AnkiExporter()
    XCTAssertEqual(exporter.name, "anki")
    XCTAssertEqual(exporter.fileExtension, "anki.txt")
    XCTAssertFalse(exporter.isBinary)
    XCTAssertTrue(AnkiExporter.Options.self == CardLayoutOptions.self)
  }
}
