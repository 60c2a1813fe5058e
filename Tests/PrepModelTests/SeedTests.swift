import PrepModel
import TestSupport
import XCTest

/// The real prep document in ../shared/fixtures, when it is there.
final class SeedTests: XCTestCase {
  func testSeedModel() throws {
    guard let seed = Paths.seed else {
      throw XCTSkip("../shared/fixtures/seed-prep-zh.md is absent: seed test not run")
    }
    let doc = try PrepReader.read([InputFile(name: seed.path, bytes: Array(try Data(contentsOf: seed)))]).document
    XCTAssertEqual(doc.metadata.title, "提问环节")
    XCTAssertEqual(doc.metadata.lang, .chinese)
    XCTAssertEqual(doc.topics.map(\.titleText), ["对面试官的问题", "跳槽/转岗原因"])
    XCTAssertEqual(doc.topics[0].questions.map(\.id), (1...4).map { "对面试官的问题/q\($0)" })
    let parts = doc.topics[1].parts
    XCTAssertEqual(parts.map(\.role), [.guidance, .sampleAnswer, .general, .keyPoints])
    XCTAssertEqual(parts[0].labelText, "原则")
    XCTAssertTrue(parts[1].labelText?.hasPrefix("一个示例的话术") ?? false)
    XCTAssertEqual(parts[2].labelText, "关于原先团队的技术债务")
    XCTAssertEqual(parts[3].labelText, "总结一下话术")
  }
}
