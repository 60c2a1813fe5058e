import ExportKit
import Foundation
import PrepModel
import TestSupport
import XCTest

@testable import OdtExport

/// Reading reviewed ODT files made by LibreOffice (tracked edits over UNO; python-docx's
/// comments converted by `soffice --convert-to odt`) and, for newer LibreOffice's reply
/// links, by hand: Tests/Fixtures/reviewed/make-reviewed.sh.
final class ReviewReaderTests: XCTestCase {
  private func read(_ data: Data, _ name: String = "r.odt") throws -> ReviewedDocument {
    let exporter = OdtExporter()
    return try exporter.readReview(try SafeArchive(data, name: name, inflating: exporter.reviewNeedsEntry), name: name)
  }

  private func read(_ fixture: String) throws -> ReviewedDocument { try read(try ReviewedFiles.data(fixture), fixture) }

  private func topicIDs(_ prep: String) throws -> [String] {
    let file = InputFile(name: prep, bytes: Array(try ReviewedFiles.data(prep)))
    return try PrepReader.read([file]).document.allTopics.map(\.topic.id)
  }

  func testLibreOfficeTrackedChangesInODF() throws {
    let document = try read("ja-libreoffice.odt")
    XCTAssertTrue(document.isOurs)
    XCTAssertEqual(document.topics.map(\.id), try topicIDs("prep-ja.md"))
    let summary = Set(document.items.map { "\($0.kind) \($0.topic?.id ?? "-") q\($0.question ?? 0) \($0.text)" })
    XCTAssertEqual(
      summary,
      [
        "format intro q0 formatting changed (now bold)", "deletion intro q0 これまで",
        "insertion intro q0 チームリーダーの経験もあります。",
        "note intro q0 数字をもう少し具体的に。", "insertion 逆質問 q1 （具体例を聞く）",
      ])
    XCTAssertEqual(document.items.first { $0.kind == .format }?.anchor, "可用性")
    XCTAssertEqual(Set(document.items.map(\.author)), ["先生 佐藤"])
    XCTAssertTrue(document.items.first { $0.kind == .note }!.tracked)
    XCTAssertEqual(document.foreignSections, [])
  }

  func testCommentsAndChangesInLibreOfficesMarkupAfterAConversion() throws {
    let document = try read("zh-mixed.odt")
    let comments = document.items.filter { $0.kind == .comment }
    XCTAssertEqual(comments.map(\.text), ["数字很好，再补充团队规模。", "这两条可以合并。\n注意先后顺序。", "这个问题很好。"])
    XCTAssertEqual(comments.map { $0.topic?.id }, ["intro", "数据库迁移", "对面试官的问题"])
    XCTAssertEqual(comments.map(\.question), [nil, nil, 3])
    XCTAssertEqual(comments.map(\.initials), ["W", "W", "W"])
    XCTAssertEqual(comments[1].anchor, "先讲背景和目标，再讲方案\n数字要具体，不要说\"大概\"")
    let notes = document.items.filter { $0.kind == .note }
    XCTAssertEqual(notes.map(\.text), ["建议加一个失败案例。", "这里要补充一个失败案例。"])
    XCTAssertEqual(notes.map(\.tracked), [true, false])
    XCTAssertEqual(notes.map(\.author), ["老师 王", nil])
    XCTAssertEqual(document.items.filter { $0.kind == .insertion }.map(\.text), ["补充：我也带过新人。", "（按季度）"])
    XCTAssertEqual(document.items.filter { $0.kind == .deletion }.map(\.text), ["过去五年一直"])
    XCTAssertEqual(document.foreignSections, [])
  }

  func testReplyLinksAndResolvedComments() throws {
    let document = try read("en-reply-links.odt")
    XCTAssertEqual(document.items.map(\.text), ["Which cache do you mean?", "Good question, keep it."])
    XCTAssertEqual(document.items.map { $0.topic?.id }, ["caching", "questions-to-ask"])
    XCTAssertEqual(document.items.map(\.resolved), [false, true])
    XCTAssertEqual(document.items.map(\.question), [nil, 2])
    XCTAssertEqual(document.items[0].anchor, "Cache invalidation is the hard part")
    XCTAssertEqual(
      document.items[0].replies,
      [FeedbackReply(author: "Alex Morgan", date: "2026-12-01T11:00:00", text: "The CDN cache.", resolved: false)])
  }

  func testOurFilesAndLibreOfficeReSavesAreNotReviewed() throws {
    let exporter = OdtExporter()
    for fixture in ["zh.odt", "ja.odt", "en.odt", "zh-resaved.odt", "ja-resaved.odt", "en-resaved.odt"] {
      let document = try read(fixture)
      XCTAssertTrue(document.isOurs, fixture)
      XCTAssertEqual(document.foreignSections, [], fixture)
      XCTAssertEqual(document.items, [], fixture)
      XCTAssertNil(exporter.inspectExisting(try ReviewedFiles.data(fixture), name: fixture), fixture)
    }
    XCTAssertEqual(
      exporter.inspectExisting(try ReviewedFiles.data("ja-libreoffice.odt"), name: "ja.odt"),
      ReviewFindings(changes: 5, firstTopic: "自己紹介"))
  }

  func testTextTypedWithoutTrackingChangesItsTopicsFingerprint() throws {
    // An edit made with tracking off, as LibreOffice would save it: text added to a paragraph.
    let data = try ReviewedFiles.editing(try ReviewedFiles.data("en-resaved.odt"), part: "content.xml") {
      $0.replacingOccurrences(
        of: "Measure the hit rate before and after", with: "Measure the hit rate before and after, daily")
    }
    let document = try read(data)
    XCTAssertEqual(document.foreignSections.map { document.sections[$0].topic?.id }, ["caching"])
    XCTAssertEqual(
      OdtExporter().inspectExisting(data, name: "prep.odt"), ReviewFindings(notes: 1, firstTopic: "Caching"))
  }

  func testAFreshExportRecordsTheFingerprintItsReaderComputes() throws {
    for document in [
      try prepDocument(try example("prep-zh.md"), answers: try example("answers-zh.md")),
      try prepDocument(try example("prep-en.md"), answers: try example("answers-en.md")),
      try prepDocument(everyKindOfBlockPrep, answers: everyKindOfBlockAnswers),
    ] {
      for options in [ExportOptions(review: true), ExportOptions(tableOfContents: true, review: true), ExportOptions()]
      {
        let data = try OdtExporter().export(document, options: options).data
        let read = try self.read(data)
        XCTAssertTrue(read.isOurs)
        XCTAssertEqual(read.recorded?.digests, read.sections.map(\.digest))
        XCTAssertEqual(read.topics.prefix(document.allTopics.count).map(\.id), document.allTopics.map(\.topic.id))
        XCTAssertNil(OdtExporter().inspectExisting(data, name: "prep.odt"))
        try assertValidOffice(data, "fingerprinted.odt")
      }
    }
  }
}
