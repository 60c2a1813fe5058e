import ExportKit
import XCTest

final class LocalizedTests: XCTestCase {
  func testCaptionsFollowTheLanguage() {
    XCTAssertEqual(Localized(.chinese).answerCaption(), "我的回答")
    XCTAssertEqual(Localized(.japanese).answerCaption(), "自分の回答")
    XCTAssertEqual(Localized(.english).answerCaption(question: 2), "My answer (question 2)")
    XCTAssertEqual(Localized(.chinese).continued, "(续)")
    XCTAssertEqual(Localized(.japanese).continued, "(続き)")
    XCTAssertEqual(Localized(.english).continued, "(cont.)")
  }

  func testFontsFollowLanguageAndUserChoice() {
    XCTAssertEqual(FontChoice(Metadata(title: "t", lang: .japanese)).eastAsian, "Yu Gothic")
    XCTAssertEqual(
      FontChoice(Metadata(title: "t", lang: LanguageTag(parsing: "zh-TW")!)).eastAsian, "Microsoft JhengHei")
    XCTAssertEqual(
      FontChoice(Metadata(title: "t", fonts: Fonts(cjk: "Noto Sans CJK SC"))).eastAsian, "Noto Sans CJK SC")
  }
}
