extension Metadata {
  /// The front-matter values that documents carry as custom (user-defined) properties: the
  /// keys with no core property (subtitle, candidate, role, company, date, mentor, lang) and
  /// every unknown key, in that order, each name once (the first wins, case-insensitively).
  public var customProperties: [(name: String, value: String)] {
    let known: [(String, String?)] = [
      ("subtitle", subtitle), ("candidate", candidate), ("role", role), ("company", company), ("date", date),
      ("mentor", mentor), ("lang", lang.description),
    ]
    var seen = Set<String>()
    var out: [(String, String)] = []
    for (name, value) in known + custom.map({ ($0.key, Optional($0.value)) }) {
      guard let value, !name.isEmpty, seen.insert(name.lowercased()).inserted else { continue }
      out.append((name, value))
    }
    return out
  }
}
