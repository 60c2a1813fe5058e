import ExportKit
import Foundation
import TestSupport
import XCTest

final class PropertiesTests: XCTestCase {
  func testCoreAppAndCustomProperties() throws {
    var options = ExportOptions(creationDate: fixedDate)
    options.generator = "prepexport 9.9"
    let docx = try export(try example("prep-zh.md"), options: options)
    let core = try docx.xml("docProps/core.xml")
    func value(_ path: String) -> String? { core.select(path, namespaces: ns).first?.text }
    XCTAssertEqual(value("//dc:title"), "推理优化工程师面试准备")
    XCTAssertEqual(value("//dc:creator"), "李明")
    XCTAssertEqual(value("//dc:subject"), "推理优化工程师 · 示例科技 · 2026-12-08")
    XCTAssertEqual(value("//dcterms:created"), "2026-11-30T00:53:20Z")
    XCTAssertEqual(value("//cp:lastModifiedBy"), "李明")
    XCTAssertEqual(
      try docx.xml("docProps/app.xml").select("//ep:Application", namespaces: ns).first?.text, "prepexport 9.9")
    let custom = try docx.xml("docProps/custom.xml").select("//op:property", namespaces: ns)
    let pairs = custom.map { ($0.attribute("name") ?? "", $0.text) }
    for (name, text) in [
      ("subtitle", "二面（技术深挖）"), ("role", "推理优化工程师"), ("company", "示例科技"), ("date", "2026-12-08"),
      ("mentor", "王老师"), ("interviewer", "张经理"),
    ] {
      XCTAssertTrue(pairs.contains { $0 == (name, text) }, "\(name) in \(pairs)")
    }
    XCTAssertEqual(custom.compactMap { $0.attribute("pid") }, (2..<(2 + custom.count)).map(String.init))
  }

  func testMinimalDocumentHasValidProperties() throws {
    let docx = try export("Just text, no heading.\n")
    XCTAssertNil(try docx.xml("docProps/core.xml").select("//dc:creator", namespaces: ns).first)
  }
}

final class DateFormatTests: XCTestCase {
  func testW3CDTFMatchesFoundation() throws {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    for seconds in [0, 1, 59, 86_399, 86_400, 951_782_400, 1_796_000_000, 4_102_444_799, 1_709_164_800, 315_619_200] {
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      let docx = try export("x\n", options: ExportOptions(creationDate: date))
      let created = try docx.xml("docProps/core.xml").select("//dcterms:created", namespaces: ns).first?.text
      XCTAssertEqual(created, formatter.string(from: date), "\(seconds)")
    }
  }
}
