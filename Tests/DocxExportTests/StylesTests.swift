import ExportKit
import Foundation
import TestSupport
import XCTest

final class StylesTests: XCTestCase {
  func testOurStylesArePresent() throws {
    let styles = try export("# Topic\n\nText.\n").xml("word/styles.xml")
    for id in [
      "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", "Label",
      "ListParagraph", "Answer", "AnswerCaption", "AnswerHeading", "Quote", "SourceCode", "VerbatimChar", "Hyperlink",
      "TableText", "PrepTable", "AnswerBox", "HorizontalRule", "MentorNotes", "TOCHeading", "TOC1", "Header", "Footer",
    ] {
      XCTAssertEqual(styles.select("//w:style[@w:styleId='\(id)']", namespaces: ns).count, 1, id)
    }
    // Headings carry their outline level; Label keeps with the next paragraph and is bold.
    for level in 1...6 {
      XCTAssertEqual(
        styles.select("//w:style[@w:styleId='Heading\(level)']/w:pPr/w:outlineLvl", namespaces: ns).first?.attribute(
          "val", namespace: wordNamespace),
        String(level - 1))
    }
    XCTAssertEqual(styles.select("//w:style[@w:styleId='Label']/w:pPr/w:keepNext", namespaces: ns).count, 1)
    XCTAssertEqual(styles.select("//w:style[@w:styleId='Label']/w:rPr/w:b", namespaces: ns).count, 1)
    // The answer stands out: shading on the style, shading and a bar on the box.
    XCTAssertEqual(styles.select("//w:style[@w:styleId='Answer']/w:pPr/w:shd[@w:fill]", namespaces: ns).count, 1)
    XCTAssertEqual(
      styles.select("//w:style[@w:styleId='AnswerBox']/w:tblPr/w:tblBorders/w:left", namespaces: ns).count, 1)
    XCTAssertEqual(styles.select("//w:style[@w:styleId='SourceCode']/w:rPr/w:noProof", namespaces: ns).count, 1)
  }

  func testEveryStyleSetsAllFourFontSlots() throws {
    let styles = try export("---\nlang: zh-CN\n---\n# 主题\n\n正文。\n").xml("word/styles.xml")
    let withRunProperties = styles.select("//w:style[w:rPr] | //w:docDefaults/w:rPrDefault", namespaces: ns)
    XCTAssertGreaterThan(withRunProperties.count, 20)
    for style in styles.select(
      "//w:style[not(@w:type='numbering') and not(@w:styleId='DefaultParagraphFont') and not(@w:styleId='TableNormal')]",
      namespaces: ns)
    {
      let fonts = style.children.first { $0.name == "rPr" }?.children.first { $0.name == "rFonts" }
      let id = style.attribute("styleId", namespace: wordNamespace) ?? "?"
      XCTAssertNotNil(fonts, "style \(id) has no rFonts")
      for slot in ["ascii", "hAnsi", "eastAsia", "cs"] {
        XCTAssertNotNil(fonts?.attribute(slot, namespace: wordNamespace), "style \(id) lacks w:\(slot)")
      }
    }
  }

  func testChineseDefaultsAndLanguageTags() throws {
    let styles = try export("---\nlang: zh-CN\n---\n# 主题\n\n正文。\n").xml("word/styles.xml")
    let fonts = try XCTUnwrap(styles.select("//w:docDefaults//w:rFonts", namespaces: ns).first)
    XCTAssertEqual(fonts.attribute("eastAsia", namespace: wordNamespace), "Microsoft YaHei")
    XCTAssertEqual(fonts.attribute("ascii", namespace: wordNamespace), "Calibri")
    let lang = try XCTUnwrap(styles.select("//w:docDefaults//w:lang", namespaces: ns).first)
    XCTAssertEqual(lang.attribute("val", namespace: wordNamespace), "en-US")
    XCTAssertEqual(lang.attribute("eastAsia", namespace: wordNamespace), "zh-CN")
    XCTAssertEqual(
      styles.select("//w:style[@w:styleId='SourceCode']//w:rFonts", namespaces: ns).first?.attribute(
        "ascii", namespace: wordNamespace), "Consolas")
  }

  func testJapaneseDefaults() throws {
    let docx = try export("---\nlang: ja-JP\n---\n# 自己紹介\n\nよろしくお願いします。\n")
    let styles = try docx.xml("word/styles.xml")
    XCTAssertEqual(
      styles.select("//w:docDefaults//w:rFonts", namespaces: ns).first?.attribute("eastAsia", namespace: wordNamespace),
      "Yu Gothic"
    )
    XCTAssertEqual(
      styles.select("//w:docDefaults//w:lang", namespaces: ns).first?.attribute("eastAsia", namespace: wordNamespace),
      "ja-JP")
    let fontTable = try docx.xml("word/fontTable.xml")
    XCTAssertEqual(
      fontTable.select("//w:font[@w:name='Yu Gothic']/w:charset", namespaces: ns).first?.attribute(
        "val", namespace: wordNamespace),
      "80")
  }

  func testFontsFromFrontMatterAndCJKFontOption() throws {
    let markdown =
      "---\nlang: zh-CN\nfonts:\n  latin: Georgia\n  cjk: Source Han Serif SC\n  mono: Menlo\n---\n# 主题\n\n正文。\n"
    let docx = try export(markdown)
    let styles = try docx.xml("word/styles.xml")
    let defaults = try XCTUnwrap(styles.select("//w:docDefaults//w:rFonts", namespaces: ns).first)
    XCTAssertEqual(defaults.attribute("ascii", namespace: wordNamespace), "Georgia")
    XCTAssertEqual(defaults.attribute("eastAsia", namespace: wordNamespace), "Source Han Serif SC")
    XCTAssertEqual(
      styles.select("//w:style[@w:styleId='VerbatimChar']//w:rFonts", namespaces: ns).first?.attribute(
        "ascii", namespace: wordNamespace), "Menlo")
    let names = try docx.xml("word/fontTable.xml").select("//w:font", namespaces: ns).compactMap {
      $0.attribute("name", namespace: wordNamespace)
    }
    XCTAssertEqual(names, ["Georgia", "Source Han Serif SC", "Menlo"])

    let overridden = try export(markdown, cjkFont: "Noto Serif CJK SC").xml("word/styles.xml")
    XCTAssertEqual(
      overridden.select("//w:docDefaults//w:rFonts", namespaces: ns).first?.attribute(
        "eastAsia", namespace: wordNamespace),
      "Noto Serif CJK SC")
  }

  func testFontNamesAreEscaped() throws {
    let docx = try export("---\nfonts:\n  latin: 'A \"quoted\" & <odd> font'\n---\n# T\n\nx\n")
    let fonts = try docx.xml("word/styles.xml").select("//w:docDefaults//w:rFonts", namespaces: ns)
    XCTAssertEqual(fonts.first?.attribute("ascii", namespace: wordNamespace), "A \"quoted\" & <odd> font")
  }

  func testPageIsA4OrLetterByLanguage() throws {
    func pageSize(_ lang: String) throws -> (String?, String?) {
      let size = try export("---\nlang: \(lang)\n---\n# T\n\nx\n").xml("word/document.xml").select(
        "//w:body/w:sectPr/w:pgSz", namespaces: ns
      ).first
      return (size?.attribute("w", namespace: wordNamespace), size?.attribute("h", namespace: wordNamespace))
    }
    XCTAssertTrue(try pageSize("en-US") == ("12240", "15840"))
    XCTAssertTrue(try pageSize("en-CA") == ("12240", "15840"))
    XCTAssertTrue(try pageSize("en-GB") == ("11906", "16838"))
    XCTAssertTrue(try pageSize("zh-CN") == ("11906", "16838"))
    let margins = try export("# T\n\nx\n").xml("word/document.xml").select("//w:pgMar", namespaces: ns).first
    XCTAssertEqual(margins?.attribute("left", namespace: wordNamespace), "1247")
  }
}
