import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// `--toc`, `--review`, and the properties in meta.xml.
final class OptionsTests: XCTestCase {
  let prep = "---\ntitle: Prep\nlang: en-US\n---\n\n# One {#one}\n\nText.\n\n## Two\n\nMore.\n"

  func testTableOfContentsHasItsEntriesWritten() throws {
    let odt = try export(
      prep, answers: "# Elsewhere\n\nX.\n", options: ExportOptions(tableOfContents: true, creationDate: fixedDate))
    let toc = try XCTUnwrap(try odt.select("content.xml", "//text:table-of-content").first)
    XCTAssertNotNil(toc.attribute("name", namespace: textNamespace))
    XCTAssertEqual(try odt.select("content.xml", "//text:table-of-content-source/@text:outline-level").first?.text, "3")
    XCTAssertEqual(try odt.select("content.xml", "//text:index-title/text:p").map(Odt.text(of:)), ["Contents"])
    let entries = try odt.select("content.xml", "//text:index-body/text:p")
    XCTAssertEqual(
      entries.map { Odt.text(of: $0).components(separatedBy: "\t").first ?? "" },
      ["One", "Two", "Appendix: answers without a matching topic", "Elsewhere"])
    XCTAssertEqual(
      entries.map { Odt.style(of: $0) }, ["Contents_20_1", "Contents_20_2", "Contents_20_1", "Contents_20_2"])
    let targets = try odt.select("content.xml", "//text:index-body//text:a/@xlink:href").map(\.text)
    let bookmarks = try odt.select("content.xml", "//text:h/text:bookmark/@text:name").map { "#" + $0.text }
    XCTAssertEqual(targets, bookmarks)
    // Without --toc there is none.
    XCTAssertTrue(try export(prep).select("content.xml", "//text:table-of-content").isEmpty)
  }

  func testReviewSwitchesTrackingOnAndAddsMentorBoxes() throws {
    let odt = try export(prep, options: ExportOptions(review: true, creationDate: fixedDate))
    let tracked = try odt.select("content.xml", "/office:document-content/office:body/office:text/*[1]")
    XCTAssertEqual(tracked.first?.name, "tracked-changes")
    XCTAssertEqual(tracked.first?.attribute("track-changes", namespace: textNamespace), "true")
    let record = try odt.select("settings.xml", "//config:config-item[@config:name='RecordChanges']")
    XCTAssertEqual(record.first?.text, "true")
    // The caption and the first line keep with the next (an automatic style over Mentor notes).
    XCTAssertEqual(try odt.texts(style: "PrepMentorKeep").filter { !$0.isEmpty }, ["Mentor notes", "Mentor notes"])
    XCTAssertEqual(try odt.texts(style: "PrepMentorKeep").count, 4)
    XCTAssertEqual(try odt.texts(style: "Mentor_20_notes"), ["", ""])
    let keep = try odt.select("content.xml", "//style:style[@style:name='PrepMentorKeep']").first
    XCTAssertEqual(keep?.attribute("parent-style-name", namespace: styleNamespace), "Mentor_20_notes")

    let plain = try export(prep)
    XCTAssertTrue(try plain.select("content.xml", "//text:tracked-changes").isEmpty)
    XCTAssertEqual(
      try plain.select("settings.xml", "//config:config-item[@config:name='RecordChanges']").first?.text, "false")
    XCTAssertTrue(try plain.texts(style: "Mentor_20_notes").isEmpty)
  }

  func testMetaHoldsTheProperties() throws {
    let markdown =
      "---\ntitle: 准备\nsubtitle: 二面\ncandidate: 李明\nrole: 工程师\ncompany: 示例\ndate: 2026-12-08\nmentor: 王老师\nlang: zh-CN\ninterviewer: 张经理\n---\n\n# A\n"
    let options = ExportOptions(creationDate: fixedDate, generator: "prepexport 9.9")
    let odt = try export(markdown, options: options)
    func value(_ xpath: String) throws -> String? { try odt.select("meta.xml", xpath).first?.text }
    XCTAssertEqual(try value("//dc:title"), "准备")
    XCTAssertEqual(try value("//dc:subject"), "工程师 · 示例 · 2026-12-08")
    XCTAssertEqual(try value("//meta:initial-creator"), "李明")
    XCTAssertEqual(try value("//meta:creation-date"), "2026-11-30T00:53:20Z")
    XCTAssertEqual(try value("//meta:generator"), "prepexport 9.9")
    XCTAssertEqual(try value("//dc:language"), "zh-CN")
    let defined = try odt.select("meta.xml", "//meta:user-defined")
    let pairs = defined.map { ($0.attribute("name", namespace: ns["meta"]) ?? "", $0.text) }
    XCTAssertEqual(
      pairs.map(\.0), ["subtitle", "candidate", "role", "company", "date", "mentor", "lang", "interviewer"])
    XCTAssertEqual(pairs.first { $0.0 == "interviewer" }?.1, "张经理")
    XCTAssertEqual(pairs.first { $0.0 == "mentor" }?.1, "王老师")
  }

  func testDatesBeforeAndAfterLeapDaysFormatCorrectly() throws {
    // 2024-02-29T23:59:59Z and 2000-03-01T00:00:00Z.
    for (seconds, expected) in [(1_709_251_199.0, "2024-02-29T23:59:59Z"), (951_868_800.0, "2000-03-01T00:00:00Z")] {
      let odt = try export("# A\n", options: ExportOptions(creationDate: Date(timeIntervalSince1970: seconds)))
      XCTAssertEqual(try odt.select("meta.xml", "//meta:creation-date").first?.text, expected)
    }
  }
}
