import CardModel
import ExportKit

/// The font families cards are drawn with: the document's choice (front matter `fonts`,
/// `--cjk-font`), else Noto Sans CJK in the document's language, whose Latin letters are
/// proportional too. Pango falls back through fontconfig for anything the fonts lack.
struct CardFonts: Sendable, Equatable {
  /// The East Asian font ("Noto Sans CJK SC").
  let cjk: String
  /// A Latin font placed before the CJK one, when the document names one.
  let latin: String?
  /// The monospace font for code ("Noto Sans Mono CJK SC").
  let mono: String
  /// Each family asked for, with the setting it came from, for the installed-fonts check.
  let requested: [(family: String, setting: String)]

  init(job: CardPrintJob) {
    let lang = job.languageTag
    let variant = CardFonts.variant(lang)
    cjk = CardFonts.named(job.cjkFont) ?? "Noto Sans CJK \(variant)"
    latin = CardFonts.named(job.latinFont)
    mono = CardFonts.named(job.monoFont) ?? "Noto Sans Mono CJK \(variant)"
    requested =
      [
        (cjk, job.cjkFont == nil ? "the default CJK font" : "fonts.cjk"),
        (mono, job.monoFont == nil ? "the default code font" : "fonts.mono"),
      ] + (latin.map { [($0, "fonts.latin")] } ?? [])
  }

  static func == (a: CardFonts, b: CardFonts) -> Bool { a.cjk == b.cjk && a.latin == b.latin && a.mono == b.mono }

  /// The comma-separated family list Pango is given for `style`.
  func families(_ style: TextStyle) -> String {
    switch style {
    case .code: return [mono, cjk].joined(separator: ",")
    default: return ([latin].compactMap { $0 } + [cjk]).joined(separator: ",")
    }
  }

  /// The Noto CJK region for a language: SC, TC, HK, JP or KR.
  static func variant(_ lang: LanguageTag) -> String {
    switch (lang.language, lang.region ?? "", lang.script ?? "") {
    case ("ja", _, _): return "JP"
    case ("ko", _, _): return "KR"
    case ("zh", "HK", _): return "HK"
    case ("zh", "TW", _), ("zh", "MO", _), ("zh", _, "Hant"): return "TC"
    default: return "SC"
    }
  }

  private static func named(_ name: String?) -> String? {
    guard let name = name?.trimmingCharacters(in: [" "]), !name.isEmpty else { return nil }
    // A comma would split the name into a list of families.
    return name.replacingOccurrences(of: ",", with: " ")
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }

  fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
