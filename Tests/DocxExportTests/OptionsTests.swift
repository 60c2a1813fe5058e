import ExportKit
import Foundation
import TestSupport
import XCTest

final class OptionsTests: XCTestCase {
  func testTableOfContentsIsAFieldWithEntriesWrittenIn() throws {
    let options = ExportOptions(tableOfContents: true, creationDate: fixedDate)
    let docx = try export(try example("prep-en.md"), answers: try example("answers-en.md"), options: options)
    let document = try docx.xml("word/document.xml")
    let instruction = document.select("//w:instrText", namespaces: ns).map(\.text).first { $0.contains("TOC") }
    XCTAssertEqual(instruction, " TOC \\o \"1-3\" \\h \\z \\u ")
    XCTAssertEqual(document.select("//w:fldChar[@w:fldCharType='begin'][@w:dirty='true']", namespaces: ns).count, 1)
    XCTAssertEqual(try docx.texts(style: "TOCHeading"), ["Contents"])
    // Each entry: the heading's text, a tab to the dotted right stop, its page (a PAGEREF field).
    XCTAssertEqual(
      try docx.texts(style: "TOC1"),
      [
        "Tell me about yourself", "A conflict with a colleague", "Questions to ask", "System design: rate limiter",
        "Appendix: answers without a matching topic",
      ].map { $0 + "\t1" })
    XCTAssertEqual(try docx.texts(style: "TOC2"), ["Follow-ups\t1", "Salary expectations\t1"])
    let pageFields = document.select("//w:instrText", namespaces: ns).map(\.text).filter { $0.contains("PAGEREF") }
    XCTAssertEqual(pageFields.count, 7)
    XCTAssertEqual(pageFields.first, " PAGEREF _Prep1 \\h ")
    // Each entry links to its heading's bookmark, and the field ends after the last entry.
    for link in document.select(
      "//w:p[w:pPr/w:pStyle[starts-with(@w:val,'TOC') and @w:val!='TOCHeading']]/w:hyperlink", namespaces: ns)
    {
      let anchor = try XCTUnwrap(link.attribute("anchor", namespace: wordNamespace))
      XCTAssertEqual(document.select("//w:bookmarkStart[@w:name='\(anchor)']", namespaces: ns).count, 1, anchor)
    }
    let tocParagraphs = try docx.paragraphs().filter {
      (Docx.style(of: $0) ?? "").hasPrefix("TOC") && Docx.style(of: $0) != "TOCHeading"
    }
    XCTAssertTrue(tocParagraphs.last?.xml.contains("fldCharType=\"end\"") ?? false)
    XCTAssertEqual(try docx.xml("word/settings.xml").select("//w:updateFields[@w:val='true']", namespaces: ns).count, 1)
  }

  func testWithoutTheOptionsThereIsNoContentsNorTracking() throws {
    let docx = try export(try example("prep-en.md"))
    XCTAssertEqual(try docx.texts(style: "TOCHeading"), [])
    let settings = try docx.xml("word/settings.xml")
    XCTAssertEqual(settings.select("//w:updateFields", namespaces: ns).count, 0)
    XCTAssertEqual(settings.select("//w:trackRevisions", namespaces: ns).count, 0)
    XCTAssertEqual(try docx.texts(style: "MentorNotes"), [])
  }

  func testReviewAddsMentorNotesAfterEachTopicAndTracksChanges() throws {
    let options = ExportOptions(review: true, creationDate: fixedDate)
    let docx = try export(try example("prep-zh.md"), answers: try example("answers-zh.md"), options: options)
    XCTAssertEqual(try docx.xml("word/settings.xml").select("//w:trackRevisions", namespaces: ns).count, 1)
    let texts = try docx.paragraphs().map { (Docx.style(of: $0) ?? "", Docx.text(of: $0)) }
    let topics = texts.filter { $0.0.hasPrefix("Heading") && $0.1 != "附录：未对应主题的回答" && $0.1 != "薪资期望" }
    let captions = texts.filter { $0.0 == "MentorNotes" && $0.1 == "导师批注" }
    XCTAssertEqual(captions.count, topics.count, "one box per topic")
    // The box for 自我介绍 comes after its answer and before the next topic.
    let caption = try XCTUnwrap(texts.firstIndex { $0.1 == "导师批注" })
    let answer = try XCTUnwrap(texts.firstIndex { $0.1.hasPrefix("我有五年推荐系统经验") })
    let next = try XCTUnwrap(texts.firstIndex { $0.1 == "对面试官的问题" })
    XCTAssertTrue(answer < caption && caption < next)
    XCTAssertEqual(texts[caption + 1].0, "MentorNotes", "room to write in the same box")
    XCTAssertEqual(texts[caption + 1].1, "")
  }

  func testHeaderAndFooter() throws {
    let zh = try export(try example("prep-zh.md"))
    XCTAssertEqual(try zh.xml("word/header1.xml").select("//w:t", namespaces: ns).map(\.text).joined(), "推理优化工程师面试准备")
    let footer = try zh.xml("word/footer1.xml")
    XCTAssertEqual(footer.select("//w:instrText", namespaces: ns).map(\.text), [" PAGE ", " NUMPAGES "])
    XCTAssertEqual(footer.select("//w:t", namespaces: ns).map(\.text).joined(), "第 1 页，共 1 页")
    let en = try export(try example("prep-en.md"))
    XCTAssertEqual(try en.xml("word/footer1.xml").select("//w:t", namespaces: ns).map(\.text).joined(), "Page 1 of 1")
    let section = try zh.xml("word/document.xml").select("//w:body/w:sectPr/w:headerReference", namespaces: ns)
    XCTAssertEqual(section.count, 1)
  }
}
