import ExportKit

/// The `w:lang` values: Latin text is tagged with the document's language, or en-US in a
/// CJK document (where Latin runs are mostly English terms); East Asian text with the
/// document's language when it is CJK, else zh-CN.
enum DocumentLanguage {
  static func latin(_ lang: LanguageTag) -> String { lang.isCJK ? "en-US" : tag(lang) }

  static func eastAsian(_ lang: LanguageTag) -> String { lang.isCJK ? tag(lang) : "zh-CN" }

  /// "zh-TW" for zh-Hant-TW: Word wants language-region.
  private static func tag(_ lang: LanguageTag) -> String {
    lang.region.map { "\(lang.language)-\($0)" } ?? lang.language
  }
}
