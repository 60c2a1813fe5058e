import CardModel
import ExportKit
import XCTest

@testable import CueCardExport

/// Whole cards for small inputs, in Chinese, Japanese, English and mixed text.
final class CardGoldenTests: XCTestCase {
  func testChineseKeyPointsWithKinsokuAndHangingIndent() throws {
    let doc = try prepDocument(
      """
      ---
      lang: zh-CN
      ---
      ## 跳槽原因

      原则：

      - 不批评原团队

      **总结**：

      1. 方向匹配：从推荐系统走向推理优化，希望做更底层的技术。
      2. 成长空间
      """)
    let expected = """
      +----------------------------+
      | 跳槽原因               1/1 |
      +----------------------------+
      | 1. 方向匹配：从推荐系统走  |
      |    向推理优化，希望做更底  |
      |    层的技术。              |
      | 2. 成长空间                |
      |                            |
      +----------------------------+

      """
    XCTAssertEqual(try cardsText(doc, CardOptions(columns: 30, rows: 9)), expected)
  }

  func testJapaneseKinsokuKeepsMiddleDotAndQuestionMarkOffLineStarts() throws {
    let doc = try prepDocument(
      """
      ---
      lang: ja-JP
      ---
      ## 逆質問

      - チームでいちばん困っていることは何ですか？
      - 「分散システム」の設計・運用を担当しました
      """)
    let expected = """
      +--------------------------+
      | 逆質問               1/1 |
      +--------------------------+
      | - チームでいちばん困って |
      |   いることは何ですか？   |
      | - 「分散システム」の設   |
      |   計・運用を担当しました |
      |                          |
      +--------------------------+

      """
    XCTAssertEqual(try cardsText(doc, CardOptions(columns: 28, rows: 9)), expected)
  }

  func testEnglishOverflowContinuesOnTheNextCard() throws {
    let doc = try prepDocument(
      """
      ## Tell me about yourself

      Key points:

      - Ten years building distributed systems, last four leading a platform team
      - Shipped the storage migration that cut costs by 35%
      """)
    let expected = """
      +------------------------------+
      | Tell me about yourself   1/2 |
      +------------------------------+
      | - Ten years building         |
      |   distributed systems, last  |
      |   four leading a platform    |
      |   team                       |
      +------------------------------+
      \u{0C}+------------------------------+
      | Tell me about yourself   2/2 |
      | (cont.)                      |
      +------------------------------+
      | - Shipped the storage        |
      |   migration that cut costs   |
      |   by 35%                     |
      +------------------------------+

      """
    XCTAssertEqual(try cardsText(doc, CardOptions(columns: 32, rows: 8)), expected)
  }

  func testMixedTextWithUnicodeBorderInEnglish() throws {
    let doc = try prepDocument(
      """
      ---
      lang: en-US
      ---
      ## Project: 延迟优化

      Summary:

      ```text
      背景：QPS 3 万 — P99 120ms
      结果：P99 45ms
      ```
      """)
    let expected = """
      ┌────────────────────────────┐
      │ Project: 延迟优化      1/1 │
      ├────────────────────────────┤
      │ - 背景：QPS 3 万 — P99     │
      │   120ms                    │
      │ - 结果：P99 45ms           │
      │                            │
      └────────────────────────────┘

      """
    XCTAssertEqual(try cardsText(doc, CardOptions(columns: 30, rows: 8, border: .unicode)), expected)
  }

  func testUnicodeBorderInChineseCountsBoxDrawingAsTwoColumns() throws {
    let doc = try prepDocument("---\nlang: zh-CN\n---\n## 自我介绍\n\n- 五年经验\n")
    // 31 columns: 2-column glyphs span 30, and every line ends with one space.
    let expected = """
      ┌─────────────┐\u{20}
      │ 自我介绍             1/1 │\u{20}
      ├─────────────┤\u{20}
      │ - 五年经验               │\u{20}
      │                          │\u{20}
      └─────────────┘\u{20}

      """
    let text = try cardsText(doc, CardOptions(columns: 31, rows: 6, border: .unicode))
    XCTAssertEqual(text, expected)
    for line in text.split(separator: "\n") { XCTAssertEqual(DisplayWidth.of(line, ambiguous: .chinese), 31) }
  }

  func testNoBorderHasNoTrailingSpaces() throws {
    let doc = try prepDocument("## Questions to ask\n\n1. How is direction set across teams?\n2. Team size\n")
    let expected = """
      Questions to ask           1/1
      ------------------------------
      1. How is direction set across
         teams?
      2. Team size




      """
    XCTAssertEqual(try cardsText(doc, CardOptions(columns: 30, rows: 8, border: .none)), expected)
  }
}
