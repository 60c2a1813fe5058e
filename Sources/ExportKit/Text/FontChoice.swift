/// The fonts a document uses: the user's choice (front matter `fonts`, `--cjk-font`), else
/// defaults by language that exist on Windows and macOS Office installs and that LibreOffice
/// on Linux substitutes with metric-compatible or CJK-capable fonts (Carlito, Noto CJK).
public struct FontChoice: Sendable, Equatable {
  public var latin: String
  public var eastAsian: String
  public var mono: String

  public init(_ metadata: Metadata) {
    latin = metadata.fonts.latin ?? "Calibri"
    mono = metadata.fonts.mono ?? "Consolas"
    eastAsian = metadata.fonts.cjk ?? FontChoice.defaultEastAsian(metadata.lang)
  }

  /// The default East Asian font for a language.
  public static func defaultEastAsian(_ lang: LanguageTag) -> String {
    switch (lang.language, lang.region ?? "") {
    case ("zh", "TW"), ("zh", "HK"), ("zh", "MO"): return "Microsoft JhengHei"
    case ("zh", _): return "Microsoft YaHei"
    case ("ja", _): return "Yu Gothic"
    case ("ko", _): return "Malgun Gothic"
    default: return "Microsoft YaHei"
    }
  }
}
