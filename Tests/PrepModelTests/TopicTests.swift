import PrepModel
import XCTest

final class TopicTests: XCTestCase {
  func testSingleLevelOneHeadingIsTheTitleAndItsSubheadingsAreTopics() throws {
    let doc = try document("# My prep\n\nintro\n\n## First\n\ntext\n\n## Second\n\ntext\n")
    XCTAssertEqual(doc.metadata.title, "My prep")
    XCTAssertEqual(doc.topics.map(\.titleText), ["First", "Second"])
    XCTAssertEqual(doc.preamble, [.paragraph([.text("intro")])])
  }

  func testSeveralLevelOneHeadingsAreTopicsAndTheFileNameIsTheTitle() throws {
    let doc = try read("# A\n\nx\n\n# B\n\ny\n", name: "notes/interview.md").document
    XCTAssertEqual(doc.metadata.title, "interview")
    XCTAssertEqual(doc.topics.map(\.titleText), ["A", "B"])
    XCTAssertEqual(doc.sourceStem, "interview")
  }

  func testFrontMatterTitleKeepsTheLevelOneHeadingAsATopic() throws {
    let doc = try document("---\ntitle: Given\n---\n# Only\n\ntext\n")
    XCTAssertEqual(doc.metadata.title, "Given")
    XCTAssertEqual(doc.topics.map(\.titleText), ["Only"])
  }

  func testTopicsNestByHeadingLevel() throws {
    let doc = try document("# A\n## A1\n### A1a\n## A2\n# B\n")
    XCTAssertEqual(doc.topics.map(\.titleText), ["A", "B"])
    XCTAssertEqual(doc.topics[0].subtopics.map(\.titleText), ["A1", "A2"])
    XCTAssertEqual(doc.topics[0].subtopics[0].subtopics.map(\.titleText), ["A1a"])
    XCTAssertEqual(doc.allTopics.map(\.depth), [1, 2, 3, 2, 1])
  }

  func testIdsAreSlugsOfAnyScriptMadeUnique() throws {
    let doc = try document("# 跳槽/转岗原因\n# Why This Role?\n# Why this role\n# Café & Ünïcode 2\n# ---\n")
    XCTAssertEqual(doc.topics.map(\.id), ["跳槽-转岗原因", "why-this-role", "why-this-role-2", "café-ünïcode-2", "topic"])
  }

  func testExplicitIdIsUsedAndStrippedFromTheTitle() throws {
    let doc = try document("# Why this role {#why}\n# Other\n")
    XCTAssertEqual(doc.topics[0].id, "why")
    XCTAssertEqual(doc.topics[0].titleText, "Why this role")
  }

  func testAHeadingThatIsOnlyAnIdShowsTheId() throws {
    let doc = try document("# A\n# {#only-id}\n\ntext\n")
    XCTAssertEqual(doc.topics[1].id, "only-id")
    XCTAssertEqual(doc.topics[1].titleText, "only-id")
  }

  func testHeadingsInsideContainersAreContentNotTopics() throws {
    let doc = try document("# A\n\n> ## quoted heading\n\n# B\n")
    XCTAssertEqual(doc.topics.map(\.titleText), ["A", "B"])
    XCTAssertEqual(doc.topics[0].parts[0].blocks, [.blockQuote([.heading(level: 2, [.text("quoted heading")])])])
  }
}
