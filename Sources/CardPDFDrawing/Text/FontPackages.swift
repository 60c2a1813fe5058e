/// Where a missing font comes from on Debian, for the warning that names it.
enum FontPackages {
  /// Family-name prefixes and the Debian package that installs them, most specific first.
  static let debian: [(prefix: String, package: String)] = [
    ("Noto Sans Mono CJK", "fonts-noto-cjk"), ("Noto Sans CJK", "fonts-noto-cjk"), ("Noto Serif CJK", "fonts-noto-cjk"),
    ("Noto Color Emoji", "fonts-noto-color-emoji"), ("Noto Sans Mono", "fonts-noto-mono"),
    ("Noto Sans", "fonts-noto-core"), ("Noto Serif", "fonts-noto-core"), ("Carlito", "fonts-crosextra-carlito"),
    ("Caladea", "fonts-crosextra-caladea"), ("Liberation", "fonts-liberation2"), ("DejaVu", "fonts-dejavu-core"),
    ("WenQuanYi Zen Hei", "fonts-wqy-zenhei"), ("WenQuanYi Micro Hei", "fonts-wqy-microhei"),
    ("IPAexGothic", "fonts-ipaexfont-gothic"), ("IPAexMincho", "fonts-ipaexfont-mincho"),
    ("IPAGothic", "fonts-ipafont-gothic"), ("IPAMincho", "fonts-ipafont-mincho"), ("Nanum", "fonts-nanum"),
  ]

  /// Fonts that come with Windows or Office and are not packaged for Debian.
  static let windows: [String] = [
    "Microsoft YaHei", "Microsoft JhengHei", "SimSun", "SimHei", "Yu Gothic", "Yu Mincho", "Meiryo", "MS Gothic",
    "MS Mincho", "Malgun Gothic", "Calibri", "Cambria", "Consolas", "Arial", "Times New Roman",
  ]

  /// What to tell the user about installing `family`.
  static func advice(for family: String) -> String {
    let lowered = family.lowercased()
    if let match = debian.first(where: { lowered.hasPrefix($0.prefix.lowercased()) }) {
      return "install it with `apt-get install \(match.package)`"
    }
    if windows.contains(where: { $0.lowercased() == lowered }) {
      return "it is a Windows font, not packaged for Debian: choose an installed font (for example Noto Sans CJK"
        + " from fonts-noto-cjk) in front matter `fonts` or with --cjk-font"
    }
    return "install it, or choose an installed font (`fc-list : family` lists them)"
  }
}
