import XCTest

@testable import ExportKit

final class ReviewAssemblerTests: XCTestCase {
  private func heading(_ level: Int, _ title: String, hints: [String] = []) -> ReviewParagraph {
    ReviewParagraph(role: .heading(level), topicIDHints: hints, text: title, originalText: title)
  }

  private func body(_ text: String, list: Int? = nil, starts: Bool = false, box: Int? = nil) -> ReviewParagraph {
    ReviewParagraph(text: text, originalText: text, listNumber: list, startsListItem: starts, box: box)
  }

  private func comment(_ text: String) -> FeedbackItem { FeedbackItem(kind: .comment, author: "W", text: text) }

  func testTopicIDsComeFromTheRecordByBookmarkOrPositionElseFromSlugs() {
    let paragraphs = [heading(1, "Why this role", hints: ["why"]), heading(2, "Caching"), heading(1, "Caching")]
    let properties = Dictionary(
      uniqueKeysWithValues: FingerprintProperties.properties(
        sections: [("", ""), ("why", "Why this role"), ("cache", "Caching"), ("cache-2", "Caching")]
      ).map { ($0.name, $0.value) })
    let ours = ReviewAssembler.assemble(paragraphs, customProperties: properties)
    XCTAssertEqual(ours.topics.map(\.id), ["why", "cache", "cache-2"])
    XCTAssertEqual(ours.topics.map(\.path), [["Why this role"], ["Why this role", "Caching"], ["Caching"]])
    XCTAssertTrue(ours.isOurs)
    // Not ours: slugs, made unique as `prepexport check` makes them.
    let foreign = ReviewAssembler.assemble(paragraphs + [heading(1, "自我介绍：一分钟")], customProperties: [:])
    XCTAssertEqual(foreign.topics.map(\.id), ["why-this-role", "caching", "caching-2", "自我介绍-一分钟"])
    XCTAssertFalse(foreign.isOurs)
  }

  func testItemsGoToTheTopicBeforeThemAndToTheQuestionOfTheirItem() {
    var q2 = body("How does the team decide?", list: 2, starts: true)
    q2.items = [comment("on question 2")]
    var principle = body("Measure first", list: 1, starts: true)
    principle.items = [comment("on a principle")]
    var inBox = body("Listen for goals.", box: 1)
    inBox.items = [comment("on the answer")]
    var before = body("Title")
    before.items = [comment("on the title")]
    let document = ReviewAssembler.assemble(
      [
        before, heading(1, "Questions to ask"), body("What does success look like?", list: 1, starts: true), q2,
        ReviewParagraph(role: .answerCaption, text: "My answer (question 2)", originalText: "", box: 1), inBox,
        heading(1, "Caching"), principle,
      ], customProperties: [:])
    XCTAssertEqual(document.items.map(\.text), ["on the title", "on question 2", "on the answer", "on a principle"])
    XCTAssertEqual(document.items.map(\.topic?.title), [nil, "Questions to ask", "Questions to ask", "Caching"])
    // A numbered item is a question when the topic holds questions to ask or it ends with "?".
    XCTAssertEqual(document.items.map(\.question), [nil, 2, 2, nil])
  }

  func testTextTypedIntoAMentorBoxIsANoteTrackedOrNot() {
    let caption = ReviewParagraph(role: .mentorNotes, text: "导师批注", originalText: "导师批注")
    let untracked = ReviewParagraph(role: .mentorNotes, text: "数据要具体。", originalText: "数据要具体。")
    var tracked = ReviewParagraph(role: .mentorNotes, text: "补充失败案例。", originalText: "")
    tracked.items = [
      FeedbackItem(kind: .insertion, author: "王老师", date: "2026-12-01T09:30:00Z", text: "补充失败案例。", tracked: true)
    ]
    let document = ReviewAssembler.assemble(
      [heading(1, "自我介绍"), caption, untracked, tracked, ReviewParagraph(role: .mentorNotes)], customProperties: [:])
    XCTAssertEqual(document.items.map(\.kind), [.note, .note])
    XCTAssertEqual(document.items.map(\.text), ["补充失败案例。", "数据要具体。"])
    XCTAssertEqual(document.items.map(\.tracked), [true, false])
    XCTAssertEqual(document.items.map(\.author), ["王老师", nil])
    XCTAssertEqual(document.items.map(\.place), [.mentorNotes, .mentorNotes])
    // A caption followed by nothing is no note; typed text after the caption in its paragraph is.
    let empty = ReviewAssembler.assemble([heading(1, "A"), caption], customProperties: [:])
    XCTAssertEqual(empty.items, [])
    let inCaption = ReviewParagraph(
      role: .mentorNotes, text: "Mentor notes  Good.", originalText: "Mentor notes  Good.")
    XCTAssertEqual(
      ReviewAssembler.assemble([heading(1, "A"), inCaption], customProperties: [:]).items.map(\.text), ["Good."])
  }

  func testUntrackedTextOutsideTheBoxesChangesItsSectionOnly() {
    let written: [ReviewParagraph] = [
      body("Title"), heading(1, "Why"), body("I want to design."),
      ReviewParagraph(role: .mentorNotes, text: "Mentor notes", originalText: "Mentor notes"), heading(1, "Caching"),
      body("Measure."), ReviewParagraph(role: .tableOfContents, text: "Why 1", originalText: "Why 1"),
    ]
    let recorded = ReviewAssembler.assemble(written, customProperties: [:]).sections
    let properties = Dictionary(
      uniqueKeysWithValues: FingerprintProperties.properties(
        digests: recorded.map(\.digest), ids: ["why", "caching"], stamp: nil
      ).map { ($0.name, $0.value) })
    var typed = written
    typed[3] = ReviewParagraph(role: .mentorNotes, text: "Mentor notes Good", originalText: "Mentor notes Good")
    typed[6] = ReviewParagraph(role: .tableOfContents, text: "Why 2", originalText: "Why 2")
    XCTAssertEqual(ReviewAssembler.assemble(typed, customProperties: properties).foreignSections, [])
    typed[5] = body("Measure twice.")
    let document = ReviewAssembler.assemble(typed, customProperties: properties)
    XCTAssertEqual(document.foreignSections, [2])
    XCTAssertEqual(document.sections[2].topic?.id, "caching")
    XCTAssertEqual(ReviewFindings(document)?.description, "2 notes typed without tracking, the first in “Why”")
  }

  func testAnswerCaptionsNameTheirQuestionInEveryLanguage() {
    XCTAssertEqual(AnswerCaption.questionNumber("My answer (question 12)"), 12)
    XCTAssertEqual(AnswerCaption.questionNumber("我的回答（问题 3）"), 3)
    XCTAssertEqual(AnswerCaption.questionNumber("自分の回答（質問 2）"), 2)
    XCTAssertNil(AnswerCaption.questionNumber("我的回答"))
    XCTAssertNil(AnswerCaption.questionNumber("My answer (question two)"))
  }

  func testFindingsCountAndNameTheFirstTopic() {
    var p = body("x")
    p.items = [
      comment("a"), FeedbackItem(kind: .insertion, text: "b", tracked: true),
      FeedbackItem(kind: .format, text: "bold added", tracked: true),
    ]
    p.items[0].replies = [FeedbackReply(author: "A", date: nil, text: "ok")]
    let document = ReviewAssembler.assemble([heading(1, "Later"), heading(1, "First"), p], customProperties: [:])
    XCTAssertEqual(
      ReviewFindings(document)?.description, "2 comments and 2 tracked changes, the first in “First”")
    XCTAssertNil(ReviewFindings(ReviewAssembler.assemble([heading(1, "A"), body("x")], customProperties: [:])))
  }
}
