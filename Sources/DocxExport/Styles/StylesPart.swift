import ExportKit

/// `word/styles.xml` from Templates/docx/styles.xml, its placeholders filled with the fonts,
/// languages and sizes of this document.
enum StylesPart {
  /// The placeholder values for the styles and numbering templates.
  static func values(fonts: FontChoice, lang: LanguageTag) -> [String: String] {
    [
      "latin": fonts.latin, "eastAsia": fonts.eastAsian, "mono": fonts.mono,
      "lang": DocumentLanguage.latin(lang), "eastAsiaLang": DocumentLanguage.eastAsian(lang),
      // 10.5 pt (Chinese 五号, the Japanese default) for CJK documents, 11 pt otherwise.
      "size": lang.isCJK ? "21" : "22",
      "codeSize": lang.isCJK ? "18" : "19",
      // CJK text is justified, as CJK documents are; Latin text ragged right (no hyphenation).
      "bodyJc": lang.isCJK ? "both" : "left",
    ]
  }

  static func part(fonts: FontChoice, lang: LanguageTag) throws -> XMLWriter {
    var xml = XMLWriter(capacity: 24_576)
    try TemplateText(embedded: "docx/styles.xml").write(into: &xml, values: values(fonts: fonts, lang: lang))
    return xml
  }
}
