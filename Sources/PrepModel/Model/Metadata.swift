/// What the front matter says about the document, with the language settled.
public struct Metadata: Sendable, Equatable {
  public var title: String
  public var subtitle: String?
  public var candidate: String?
  public var role: String?
  public var company: String?
  /// The interview date as written (YYYY-MM-DD when valid).
  public var date: String?
  public var mentor: String?
  public var lang: LanguageTag
  /// Whether `lang` came from the front matter or `--lang` rather than from detection.
  public var langIsExplicit: Bool
  public var fonts: Fonts
  /// Front-matter keys this tool does not know, in source order, exported as custom properties.
  public var custom: [(key: String, value: String)]

  public init(
    title: String, subtitle: String? = nil, candidate: String? = nil, role: String? = nil,
    company: String? = nil, date: String? = nil, mentor: String? = nil,
    lang: LanguageTag = .english, langIsExplicit: Bool = false, fonts: Fonts = Fonts(),
    custom: [(key: String, value: String)] = []
  ) {
    self.title = title
    self.subtitle = subtitle
    self.candidate = candidate
    self.role = role
    self.company = company
    self.date = date
    self.mentor = mentor
    self.lang = lang
    self.langIsExplicit = langIsExplicit
    self.fonts = fonts
    self.custom = custom
  }

  public static func == (a: Metadata, b: Metadata) -> Bool {
    a.title == b.title && a.subtitle == b.subtitle && a.candidate == b.candidate && a.role == b.role
      && a.company == b.company && a.date == b.date && a.mentor == b.mentor && a.lang == b.lang
      && a.langIsExplicit == b.langIsExplicit && a.fonts == b.fonts
      && a.custom.map(\.key) == b.custom.map(\.key) && a.custom.map(\.value) == b.custom.map(\.value)
  }

  /// "role · company · date", leaving out what is missing; nil when all are.
  public var roleLine: String? {
    let pieces = [role, company, date].compactMap { $0 }.filter { !$0.isEmpty }
    return pieces.isEmpty ? nil : pieces.joined(separator: " · ")
  }
}

/// Font choices from front matter `fonts:` (latin, cjk, mono) or `--cjk-font`; nil means the
/// exporter's default.
public struct Fonts: Sendable, Equatable {
  public var latin: String?
  public var cjk: String?
  public var mono: String?

  public init(latin: String? = nil, cjk: String? = nil, mono: String? = nil) {
    self.latin = latin
    self.cjk = cjk
    self.mono = mono
  }
}
