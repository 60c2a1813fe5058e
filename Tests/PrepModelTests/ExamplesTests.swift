import PrepModel
import TestSupport
import XCTest

/// The bundled examples in Templates/examples read as intended.
final class ExamplesTests: XCTestCase {
  private func example(_ lang: String) throws -> PrepDocument {
    let prep = Paths.template("examples/prep-\(lang).md")
    let answers = Paths.template("examples/answers-\(lang).md")
    return try PrepReader.read(
      [InputFile(name: prep.lastPathComponent, bytes: Array(try Data(contentsOf: prep)))],
      answers: InputFile(name: answers.lastPathComponent, bytes: Array(try Data(contentsOf: answers)))
    ).document
  }

  func testChineseExample() throws {
    let doc = try example("zh")
    XCTAssertEqual(doc.metadata.lang, .chinese)
    XCTAssertEqual(doc.allTopics.count, 5)
    let roles = Set(doc.allTopics.flatMap { $0.topic.parts.map(\.role) })
    XCTAssertEqual(roles, [.general, .keyPoints, .guidance, .sampleAnswer])
    XCTAssertNotNil(try topic(doc, "自我介绍").answer)
    XCTAssertEqual(try topic(doc, "对面试官的问题").questions.map { $0.answer != nil }, [true, false, true])
    XCTAssertEqual(doc.unmatchedAnswers.map(\.headingText), ["薪资期望"])
  }

  func testEnglishExample() throws {
    let doc = try example("en")
    XCTAssertEqual(doc.metadata.lang, .english)
    XCTAssertTrue(doc.metadata.lang.usesLetterPaper)
    XCTAssertEqual(try topic(doc, "Questions to ask").questions.filter { $0.answer != nil }.map(\.number), [2])
    XCTAssertEqual(doc.unmatchedAnswers.map(\.headingText), ["Salary expectations"])
    XCTAssertEqual(doc.metadata.custom.map(\.key), ["recruiter"])
  }
}
