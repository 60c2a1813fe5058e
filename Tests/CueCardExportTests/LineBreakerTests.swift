import CardModel
import ExportKit
import XCTest

/// The export kit's line breaker: Latin at spaces, CJK anywhere but against kinsoku.
final class LineBreakerTests: XCTestCase {
  private let cjk = LineBreaker(ambiguous: .chinese)
  private let latin = LineBreaker(ambiguous: .narrow)

  func testLatinBreaksAtSpacesAndHardBreaksLongWords() {
    XCTAssertEqual(latin.wrap("the quick brown fox", width: 10), ["the quick", "brown fox"])
    XCTAssertEqual(latin.wrap("abcdefghijkl", width: 5), ["abcde", "fghij", "kl"])
    XCTAssertEqual(latin.wrap("state-of-the-art design", width: 12), ["state-of-", "the-art", "design"])
    XCTAssertEqual(latin.wrap("", width: 5), [])
  }

  func testClosingPunctuationPullsTheCharacterBeforeItDown() {
    // "很多，" does not fit: "，" may not start a line, so "多" goes down with it.
    XCTAssertEqual(cjk.wrap("我已经做了很多，而且", width: 14), ["我已经做了很", "多，而且"])
    XCTAssertEqual(cjk.wrap("ちょっと待って", width: 4), ["ちょ", "っと", "待っ", "て"])
  }

  func testOpeningBracketsGoDownWithWhatTheyOpen() {
    XCTAssertEqual(cjk.wrap("一二三四「五六」", width: 10), ["一二三四", "「五六」"])
    XCTAssertEqual(latin.wrap("abc (de) fg", width: 5), ["abc", "(de)", "fg"])
    XCTAssertEqual(latin.wrap("said “hello” to", width: 7), ["said", "“hello”", "to"])
    XCTAssertEqual(cjk.wrap("他说“你好”", width: 6), ["他说", "“你", "好”"])
  }

  func testEllipsisAndDashRunsStayTogether() {
    XCTAssertEqual(cjk.wrap("一二三……四", width: 8), ["一二", "三……四"])
    XCTAssertEqual(cjk.wrap("一二三——四", width: 8), ["一二三", "——四"])
  }

  func testFirstLineMayBeNarrower() {
    XCTAssertEqual(latin.wrap("aa bb cc dd", width: 5, firstWidth: 2), ["aa", "bb cc", "dd"])
  }

  func testNoLineIsWiderThanAsked() {
    let text = "团队规模，+1 leader与+2 leader关系，涉及资源分配；“是否”能拿到足够的机器、人力资源的支撑。"
    for width in 2...30 {
      let lines = cjk.wrap(text, width: width)
      for line in lines { XCTAssertLessThanOrEqual(cjk.width(line), width, "\(width): \(line)") }
      XCTAssertEqual(lines.joined().filter { $0 != " " }, text.filter { $0 != " " }, "nothing lost at \(width)")
    }
  }
}
