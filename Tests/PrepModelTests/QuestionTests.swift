import PrepModel
import XCTest

final class QuestionTests: XCTestCase {
  func testItemsEndingWithAQuestionMarkAreQuestionsNumberedAsShown() throws {
    let t = try topic(try document("# Prep\n\n## T\n\n3. Why? \n4. Not a question\n5. 为什么？」\n"), "T")
    XCTAssertEqual(t.questions.map(\.id), ["t/q3", "t/q5"])
    XCTAssertEqual(t.questions.map(\.text), ["Why?", "为什么？」"])
    guard case .list(let list) = t.parts[0].blocks.first else { return XCTFail("no list") }
    XCTAssertEqual(list.start, 3)
    let items = Array(list.items)
    XCTAssertEqual(t.questions.map(\.item), [items[0].node, items[2].node])
  }

  func testEveryItemUnderATopicOfQuestionsToAskIsAQuestion() throws {
    let doc = try document("# 对面试官的问题\n\n- 团队规模\n- 技术栈\n\n# Questions to ask\n\n1. How big\n2. Stack\n")
    XCTAssertEqual(doc.topics[0].questions.map(\.id), ["对面试官的问题/q1", "对面试官的问题/q2"])
    XCTAssertEqual(doc.topics[1].questions.map(\.number), [1, 2])
  }

  func testNestedItemsAreQuestionsOnlyWithAQuestionMark() throws {
    let t = try topic(
      try document("# Prep\n\n## Questions to ask\n\n1. Outer\n   - inner note\n   - inner?\n"), "Questions to ask")
    XCTAssertEqual(t.questions.map(\.text), ["Outer", "inner?"])
    XCTAssertEqual(Set(t.questions.map(\.id)).count, 2)
  }
}

final class QuestionIDsTests: XCTestCase {
  func testQuestionIDsOfAListIncludeNestedOnesInOrder() throws {
    let t = try topic(try document("# Prep\n\n## T\n\n1. A?\n   - a1?\n   - note\n2. B?\n"), "T")
    guard case .list(let list) = t.parts[0].blocks.first else { return XCTFail("no list") }
    XCTAssertEqual(t.questions.map(\.id), ["t/q1", "t/q2", "t/q3"])
    XCTAssertTrue(t.questions.allSatisfy { list.nodeRange.contains($0.item!) }, "every question is in the list")
    XCTAssertEqual(t.questions.map(\.text), ["A?", "a1?", "B?"])
  }
}
