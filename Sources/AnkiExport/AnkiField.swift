/// Escaping for the fields of Anki's tab-separated import with `#html:true`: a field is
/// HTML, and must never hold a tab or a line break, which would split it.
enum AnkiField {
  /// `text` as HTML: `& < > "` escaped (no field then starts with a quote, which Anki would
  /// read as a quoted field), a tab as `&#9;`, a line break as `<br>`, a carriage return
  /// dropped.
  static func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t": out += "&#9;"
      case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += "<br>"
      case "\r": break
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// One tag for a topic path: Anki's hierarchy separator `::` between titles; a tag holds
  /// no white space (Anki splits tags at it), so spaces become `_`; a quote or `::` inside a
  /// title would change how the tag is read, so they become `_` too.
  static func tag(_ path: [String]) -> String {
    path.map(component).filter { !$0.isEmpty }.joined(separator: "::")
  }

  private static func component(_ title: String) -> String {
    var out = ""
    for character in title {
      if character.isWhitespace || character == "\"" || character.unicodeScalars.contains(where: { $0.value < 0x20 }) {
        if out.last != "_" { out += "_" }
      } else if character == ":" && out.last == ":" {
        out.removeLast()
        out += "_"
      } else {
        out.append(character)
      }
    }
    while out.hasSuffix(":") { out.removeLast() }
    while out.hasPrefix(":") { out.removeFirst() }
    return out
  }
}
