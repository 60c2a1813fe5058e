import ExportKit
import TestSupport
import XCTest

@testable import CardModel

/// What goes on a card (SPEC §3.2): the answer condensed, else key points, else guidance,
/// else the topic's list items, else first sentences; a card per answered question.
final class CardSelectionTests: XCTestCase {
  private func points(_ markdown: String, answers: String? = nil) throws -> [[String]] {
    try CardSelection.cards(for: prepDocument(markdown, answers: answers)).map {
      $0.points.map { "\($0.marker) \($0.text)" }
    }
  }

  private let prep = """
    ## 跳槽原因

    原则：

    - 不批评原团队

    **示例话术**：

    我一直在做推荐系统。后来转向推理。

    **总结**：

    1. 方向匹配
    2. 成长空间

    ## 自我介绍

    原则：

    - 先讲背景

    **示例话术**：

    您好，我叫李明。过去五年做推荐系统。

    ## 对面试官的问题

    3. 团队的挑战是什么？
    4. 如何衡量收益

    ## 背景

    这是第一句。这是第二句！

    Then an English sentence, e.g. this one. And another.
    """

  func testTheChainPicksKeyPointsThenGuidanceThenItemsThenSentences() throws {
    XCTAssertEqual(
      try points(prep),
      [
        ["1. 方向匹配", "2. 成长空间"],
        ["- 先讲背景"],
        ["3. 团队的挑战是什么？", "4. 如何衡量收益"],
        ["- 这是第一句。", "- 这是第二句！", "- Then an English sentence, e.g. this one.", "- And another."],
      ])
    let cards = try CardSelection.cards(for: prepDocument(prep))
    XCTAssertEqual(
      cards[3].brief?.map(\.text), ["这是第一句。", "Then an English sentence, e.g. this one."],
      "the first sentence of each paragraph, for when every sentence needs more than one card")
    XCTAssertNil(cards[0].brief, "lists have nothing to condense")
  }

  func testTheUsersAnswerComesFirstAndAnsweredQuestionsGetTheirOwnCard() throws {
    let answers = """
      ## 跳槽原因

      - 目标不一致
      - 想做推理

      ## 对面试官的问题

      ### 3

      想知道挑战。是否和我相关。
      """
    let cards = try CardSelection.cards(for: prepDocument(prep, answers: answers))
    XCTAssertEqual(cards.map(\.title), ["跳槽原因", "自我介绍", "对面试官的问题", "团队的挑战是什么？", "背景"])
    XCTAssertEqual(cards[0].points.map(\.text), ["目标不一致", "想做推理", "总结：", "方向匹配", "成长空间"])
    XCTAssertEqual(cards[0].points.map(\.kind), [.item, .item, .label, .item, .item])
    XCTAssertEqual(cards[0].points.map(\.marker), ["-", "-", "", "1.", "2."])
    XCTAssertEqual(cards[3].points.map(\.text), ["想知道挑战。", "是否和我相关。"])
    XCTAssertEqual(cards[3].topicPath, ["对面试官的问题"])
    XCTAssertEqual(cards[3].source, .question("对面试官的问题/q3"))
  }

  func testAnswersMatchingNoTopicComeLastAndADocumentWithoutTopicsStillHasACard() throws {
    let cards = try CardSelection.cards(
      for: prepDocument("## Intro\n\n- hello\n", answers: "## Salary\n\nAbove market. Flexible.\n"))
    XCTAssertEqual(cards.map(\.title), ["Intro", "Salary"])
    XCTAssertEqual(cards[1].points.map(\.text), ["Above market.", "Flexible."])
    XCTAssertEqual(cards[1].source, .unmatchedAnswer("Salary"))
    let titleOnly = try CardSelection.cards(for: prepDocument("# Prep\n\nRemember to breathe. Then speak.\n"))
    XCTAssertEqual(titleOnly.map(\.title), ["Prep"])
    XCTAssertEqual(titleOnly.first?.points.map(\.text), ["Remember to breathe.", "Then speak."])
  }

  func testCodeBlockLinesAreThePointsOfAPartWithoutLists() throws {
    let markdown = "## 项目\n\n关键词：\n\n```text\n背景：QPS 3 万\n\n  方案：算子融合\n```\n"
    XCTAssertEqual(try points(markdown), [["- 背景：QPS 3 万", "- 方案：算子融合"]])
  }

  func testNestedItemsAreSubPointsAndTasksKeepTheirState() throws {
    let markdown = "## Follow-ups\n\n- Shard?\n  1. By user\n  2. By key\n- [x] Diagram\n- [ ] Numbers\n- \n"
    let cards = try CardSelection.cards(for: prepDocument(markdown))
    XCTAssertEqual(cards[0].points.map(\.marker), ["-", "1.", "2.", "[x]", "[ ]"], "the empty item is left out")
    XCTAssertEqual(cards[0].points.map(\.depth), [0, 1, 1, 0, 0])
  }

  func testTopicsWithoutMaterialHaveNoCardAndSubtopicsFollowTheirParent() throws {
    let markdown = "## Parent\n\n### Child\n\n- point\n\n## Other\n\nText here. More.\n"
    let cards = try CardSelection.cards(for: prepDocument(markdown))
    XCTAssertEqual(cards.map(\.title), ["Child", "Other"])
    XCTAssertEqual(cards[0].topicPath, ["Parent", "Child"])
  }

  func testSoftBreaksJoinWithoutSpacesBetweenChineseAndUnprintablesAreLeftOut() throws {
    let markdown = "## 话题\n\n- 第一行\n  第二行 and\n  English\u{07}\u{FFFF} text\n"
    XCTAssertEqual(try points(markdown), [["- 第一行第二行 and English text"]])
  }

  func testAProseAnswerGivesAPointPerSentenceThenTheKeyPointsUnderTheirLabels() throws {
    let markdown = """
      ## Why this role

      Key points:

      - Direction
      - Growth

      Summary:

      ```text
      inference > recsys
      ```

      Sample answer:

      I have built recommenders for five years.
      """
    let answers = "## Why this role\n\nI cut P99 by 85%. Then I moved to inference.\n\nI want depth. And a team.\n"
    let card = try XCTUnwrap(CardSelection.cards(for: prepDocument(markdown, answers: answers)).first)
    XCTAssertEqual(
      card.points.map { "\($0.marker)|\($0.text)" },
      [
        "-|I cut P99 by 85%.", "-|Then I moved to inference.", "-|I want depth.", "-|And a team.", "|Key points:",
        "-|Direction", "-|Growth", "|Summary:", "-|inference > recsys",
      ])
    XCTAssertEqual(
      card.brief?.map(\.text),
      ["I cut P99 by 85%.", "I want depth.", "Key points:", "Direction", "Growth", "Summary:", "inference > recsys"])
    XCTAssertFalse(card.points.contains { $0.text.contains("recommenders") }, "sample answers are for reading")
  }

  func testATableGivesAPointPerRowNotItsHeader() throws {
    let markdown = """
      ## 项目数据

      | 指标 | 优化前 | 优化后 |
      | --- | --- | --- |
      | P99 延迟 | 120ms | 18ms |
      | QPS |  | 3 万 |
      | | 只有后面 | |

      ## Numbers

      | Metric | Value |
      | --- | --- |
      | Cost | -35% |
      """
    XCTAssertEqual(
      try points(markdown),
      [["- P99 延迟：120ms / 18ms", "- QPS: 3 万", "- 只有后面"], ["- Cost: -35%"]])
    let cjk = try points("## 数据\n\n| 问题 | 要点 |\n| --- | --- |\n| 延迟 | P99 降低 85% |\n")
    XCTAssertEqual(cjk, [["- 延迟：P99 降低 85%"]], "a full-width colon after CJK text")
  }

  func testCodeInAProgrammingLanguageIsCodeAndTextFencesAreText() throws {
    let markdown = "## Snippets\n\n```swift\nlet x = 1\n```\n\n```text\nkeyword list\n```\n\n```\nplain\n```\n"
    let card = try XCTUnwrap(CardSelection.cards(for: prepDocument(markdown)).first)
    XCTAssertEqual(card.points.map(\.kind), [.code, .item, .item])
  }

  func testLabels() {
    XCTAssertEqual(CardPoint.label("总结").text, "总结：")
    XCTAssertEqual(CardPoint.label("Key points").text, "Key points:")
    XCTAssertEqual(CardPoint.label("要点：").text, "要点：")
    XCTAssertEqual(CardPoint.label("Tips: ").text, "Tips:")
  }

  func testEverySentence() {
    XCTAssertEqual(
      Sentences.all(of: "Version 3.5 is out. Next one!  Third?"), ["Version 3.5 is out.", "Next one!", "Third?"])
    XCTAssertEqual(Sentences.all(of: "他说：“好。”然后走了。还有"), ["他说：“好。”", "然后走了。", "还有"])
    XCTAssertEqual(Sentences.all(of: "结束。；后面"), ["结束。；", "后面"], "no sentence starts with closing punctuation")
    XCTAssertEqual(Sentences.all(of: ""), [])
    let long = String(repeating: "很长的句子没有句号", count: 20_000)
    XCTAssertEqual(Sentences.all(of: long), [long])
  }

  func testSentences() {
    XCTAssertEqual(Sentences.first(of: "Version 3.5 is out. Next."), "Version 3.5 is out.")
    XCTAssertEqual(Sentences.first(of: "Use e.g. Redis. Then."), "Use e.g. Redis.")
    XCTAssertEqual(Sentences.first(of: "他说：“好。”然后走了。"), "他说：“好。”")
    XCTAssertEqual(Sentences.first(of: "本当ですか？はい。"), "本当ですか？")
    XCTAssertEqual(Sentences.first(of: "No end here"), "No end here")
    XCTAssertEqual(Sentences.first(of: "Really?! Yes."), "Really?!")
  }
}
