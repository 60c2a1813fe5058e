/// How wide East Asian *ambiguous* characters (“ ” … — – · ① ─…) are counted. UAX #11 leaves
/// it to the context; prepexport counts them as the CJK monospace font of the document's
/// language draws them (Noto Sans Mono CJK, measured by `scripts/generate-ambiguous-widths`),
/// and as one column in other documents, as Western fonts and terminals draw them.
public enum AmbiguousWidth: Sendable, Equatable {
  /// One column: documents in other languages.
  case narrow
  /// As Noto Sans Mono CJK SC and TC draw them: Chinese documents.
  case chinese
  /// As Noto Sans Mono CJK JP and KR draw them: Japanese and Korean documents (curly quotes,
  /// `·` and `•` are half width there, full width in the Chinese fonts).
  case japanese

  /// The rule for a document in `lang`.
  public init(_ lang: LanguageTag) {
    switch lang.language {
    case "zh": self = .chinese
    case "ja", "ko": self = .japanese
    default: self = .narrow
    }
  }

  /// Whether `scalar` takes two columns under this rule (only ambiguous characters can).
  public func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch self {
    case .narrow: return false
    case .chinese: return scalar.value >= 0xA1 && DisplayWidth.contains(AmbiguousWidthTable.wideInChinese, scalar.value)
    case .japanese:
      return scalar.value >= 0xA1 && DisplayWidth.contains(AmbiguousWidthTable.wideInJapanese, scalar.value)
    }
  }
}
