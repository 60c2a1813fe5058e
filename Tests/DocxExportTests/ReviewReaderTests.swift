import ExportKit
import Foundation
import PrepModel
import TestSupport
import XCTest

@testable import DocxExport

/// Reading reviewed DOCX files made by python-docx, by LibreOffice (driven over UNO with
/// change tracking on) and, for what no tool here writes, by hand (Word's threads and moves):
/// Tests/Fixtures/reviewed/make-reviewed.sh.
final class ReviewReaderTests: XCTestCase {
  private func read(_ data: Data, _ name: String = "r.docx") throws -> ReviewedDocument {
    let exporter = DocxExporter()
    return try exporter.readReview(try SafeArchive(data, name: name, inflating: exporter.reviewNeedsEntry), name: name)
  }

  private func read(_ fixture: String) throws -> ReviewedDocument { try read(try ReviewedFiles.data(fixture), fixture) }

  private func topicIDs(_ prep: String) throws -> [String] {
    let file = InputFile(name: prep, bytes: Array(try ReviewedFiles.data(prep)))
    return try PrepReader.read([file]).document.allTopics.map(\.topic.id)
  }

  func testPythonDocxCommentsAndANoteUnderTheirTopicsAndQuestions() throws {
    let document = try read("zh-python-docx.docx")
    XCTAssertTrue(document.isOurs)
    XCTAssertEqual(document.topics.map(\.id), try topicIDs("prep-zh.md"))
    XCTAssertEqual(document.items.map(\.kind), [.comment, .note, .comment, .comment])
    XCTAssertEqual(document.items.map { $0.topic?.id }, ["intro", "intro", "数据库迁移", "对面试官的问题"])
    XCTAssertEqual(document.items[2].topic?.path, ["项目深挖", "数据库迁移"])
    XCTAssertEqual(document.items.map(\.question), [nil, nil, nil, 3])
    XCTAssertEqual(
      document.items.map(\.text), ["数字很好，再补充团队规模。", "这里要补充一个失败案例。", "这两条可以合并。\n注意先后顺序。", "这个问题很好。"])
    XCTAssertEqual(
      document.items.map(\.anchor),
      ["五年后端经验，负责订单与支付服务", nil, "先讲背景和目标，再讲方案\n数字要具体，不要说\"大概\"", "团队如何衡量稳定性的收益？"])
    XCTAssertEqual(document.items.map(\.author), ["王老师", nil, "王老师", "王老师"])
    XCTAssertEqual(document.items.map(\.initials), ["W", nil, "W", "W"])
    XCTAssertEqual(document.items.map(\.resolved), [false, nil, false, false])
    XCTAssertEqual(document.items[1].place, .mentorNotes)
    XCTAssertFalse(document.items[1].tracked)
    XCTAssertEqual(document.foreignSections, [], "the note is in a box; the rest is as written")
  }

  func testLibreOfficeTrackedChangesInItsOwnDocxMarkup() throws {
    let document = try read("zh-libreoffice.docx")
    let summary = document.items.map { "\($0.kind) \($0.topic?.id ?? "-") q\($0.question ?? 0) \($0.text)" }
    XCTAssertEqual(
      summary,
      [
        "deletion intro q0 过去五年一直", "insertion intro q0 补充：我也带过新人。", "note intro q0 建议加一个失败案例。",
        "format 数据库迁移 q0 \(document.items[3].text)", "insertion 对面试官的问题 q3 （按季度）",
      ])
    XCTAssertEqual(document.items[3].anchor, "具体")
    XCTAssertTrue(document.items[2].tracked)
    XCTAssertEqual(Set(document.items.map(\.author)), ["老师 王"])
    XCTAssertTrue(document.items.allSatisfy { $0.date?.hasPrefix("20") == true })
    XCTAssertEqual(document.foreignSections, [])
  }

  func testWordThreadsMovesFormatChangesAndTheHeader() throws {
    let document = try read("en-word-threads.docx")
    XCTAssertEqual(document.topics.map(\.id), try topicIDs("prep-en.md"))
    let kinds = document.items.map { "\($0.kind) \($0.topic?.id ?? $0.place.rawValue)" }
    XCTAssertEqual(
      kinds,
      [
        "deletion why", "format why", "format why", "comment caching", "move caching", "comment questions-to-ask",
        "insertion header",
      ])
    XCTAssertEqual(document.items[0].text, "Talk about what you want to build next.")
    XCTAssertEqual(document.items[1].text, "italic added")
    XCTAssertEqual(document.items[1].anchor, "Sample answer")
    XCTAssertEqual(document.items[2].text, "alignment changed")

    let thread = document.items[3]
    XCTAssertEqual(thread.text, "Which cache do you mean?")
    XCTAssertEqual(thread.author, "Sam Lee")
    XCTAssertEqual(thread.date, "2026-12-01T02:30:00Z", "newer Word's UTC date, from commentsExtensible.xml")
    XCTAssertEqual(thread.resolved, false)
    XCTAssertEqual(
      thread.replies,
      [
        FeedbackReply(
          author: "Alex Morgan", initials: "AM", date: "2026-12-01T11:00:00Z", text: "The CDN cache.", resolved: false)
      ])
    XCTAssertEqual(thread.anchor, "Measure the hit rate before and after. Cache invalidation is the hard part")

    XCTAssertEqual(document.items[4].text, "Measure the hit rate before and after. ")
    XCTAssertEqual(document.items[4].detail, "moved here")
    XCTAssertEqual(document.items[5].question, 2)
    XCTAssertEqual(document.items[5].resolved, true)
    XCTAssertEqual(document.items[6].text, "DRAFT · ")
    XCTAssertNil(document.items[6].topic)
    XCTAssertEqual(document.foreignSections, [], "tracked changes leave the recorded text as it was")
    XCTAssertEqual(
      ReviewFindings(document),
      ReviewFindings(comments: 3, changes: 5, notes: 0, firstTopic: "Why this role"))
  }

  func testTextTypedWithoutTrackingIsFoundByTheFingerprint() throws {
    let typed = try read("en-typed-body.docx")
    XCTAssertEqual(typed.items, [])
    XCTAssertEqual(typed.foreignSections.map { typed.sections[$0].topic?.id }, ["why"])
    let resaved = try read("zh-resaved-typed.docx")
    XCTAssertEqual(resaved.foreignSections.map { resaved.sections[$0].topic?.id }, ["intro"])
    for fixture in ["zh.docx", "ja.docx", "en.docx", "zh-resaved.docx", "ja-resaved.docx", "en-resaved.docx"] {
      let document = try read(fixture)
      XCTAssertTrue(document.isOurs, fixture)
      XCTAssertEqual(document.foreignSections, [], fixture)
      XCTAssertEqual(document.items, [], fixture)
    }
  }

  func testTheGuardAcceptsOurFilesAndReSavesAndNamesWhatAReviewHolds() throws {
    let exporter = DocxExporter()
    func findings(_ fixture: String) throws -> ReviewFindings? {
      exporter.inspectExisting(try ReviewedFiles.data(fixture), name: fixture)
    }
    for fixture in ["zh.docx", "en.docx", "zh-resaved.docx", "ja-resaved.docx", "en-resaved.docx"] {
      XCTAssertNil(try findings(fixture), fixture)
    }
    XCTAssertEqual(try findings("zh-python-docx.docx"), ReviewFindings(comments: 3, notes: 1, firstTopic: "自我介绍"))
    XCTAssertEqual(try findings("ja-typed-note.docx"), ReviewFindings(notes: 1, firstTopic: "自己紹介"))
    XCTAssertEqual(try findings("en-typed-body.docx"), ReviewFindings(notes: 1, firstTopic: "Why this role"))
    XCTAssertEqual(try findings("zh-libreoffice.docx"), ReviewFindings(changes: 5, firstTopic: "自我介绍"))
    XCTAssertNotNil(try findings("zh-mixed.docx"))
    XCTAssertNil(exporter.inspectExisting(Data("a card".utf8), name: "prep.docx"))
    XCTAssertEqual(
      exporter.inspectExisting(try ReviewedFiles.data("hostile-xxe.docx"), name: "x.docx")?.unreadable,
      "x.docx (word/document.xml): refused: XML with a DOCTYPE or entity declarations is not accepted")
  }

  func testHeadingsAreFoundByStyleNameNotStyleID() throws {
    // A Chinese Word calls Heading 1 `1`: the same file with such style ids.
    var data = try ReviewedFiles.data("zh-python-docx.docx")
    data = try ReviewedFiles.editing(data, part: "word/styles.xml") {
      $0.replacingOccurrences(of: "w:styleId=\"Heading", with: "w:styleId=\"")
        .replacingOccurrences(of: "<w:basedOn w:val=\"Heading1\"", with: "<w:basedOn w:val=\"1\"")
    }
    data = try ReviewedFiles.editing(data, part: "word/document.xml") {
      $0.replacingOccurrences(of: "<w:pStyle w:val=\"Heading", with: "<w:pStyle w:val=\"")
    }
    let renamed = try read(data)
    XCTAssertEqual(renamed.topics.map(\.id), try topicIDs("prep-zh.md"))
    XCTAssertEqual(renamed.items.count, 4)
    // Not ours (no record): ids are slugs of the titles.
    data = try ReviewedFiles.editing(data, part: "docProps/custom.xml") {
      $0.replacingOccurrences(of: "prepexport-", with: "other-")
    }
    let foreign = try read(data)
    XCTAssertFalse(foreign.isOurs)
    XCTAssertEqual(foreign.topics.map(\.id), ["自我介绍", "项目深挖", "数据库迁移", "对面试官的问题"])
    XCTAssertEqual(foreign.items.map(\.question), [nil, nil, nil, 3])
  }

  func testAFreshExportRecordsTheFingerprintItsReaderComputes() throws {
    for document in [
      try prepDocument(try example("prep-zh.md"), answers: try example("answers-zh.md")),
      try prepDocument(try example("prep-en.md"), answers: try example("answers-en.md")),
      try prepDocument(everyKindOfBlockPrep, answers: everyKindOfBlockAnswers),
    ] {
      for options in [ExportOptions(review: true), ExportOptions(tableOfContents: true, review: true), ExportOptions()]
      {
        let data = try DocxExporter().export(document, options: options).data
        let read = try self.read(data)
        XCTAssertTrue(read.isOurs)
        XCTAssertEqual(read.recorded?.digests, read.sections.map(\.digest))
        XCTAssertEqual(
          read.recorded?.topicIDs.prefix(document.allTopics.count).map { $0 }, document.allTopics.map(\.topic.id))
        XCTAssertEqual(read.topics.prefix(document.allTopics.count).map(\.id), document.allTopics.map(\.topic.id))
        XCTAssertNil(DocxExporter().inspectExisting(data, name: "prep.docx"))
        try assertValidOffice(data, "fingerprinted.docx")
      }
    }
  }
}
