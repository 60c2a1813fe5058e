import CardModel
import ExportKit

/// The notes of a document and the header lines that tell Anki how to import them: into
/// which deck and note type, which column is which, and that a note whose GUID is already in
/// the collection is updated.
enum AnkiDeck {
  /// The column names, in order: the Basic note type's fields by name, then the tags and the
  /// GUID (last, so that an Anki whose Basic fields have other names still puts the front in
  /// the first field).
  static let columns = ["Front", "Back", "Tags", "GUID"]

  /// The header lines of Anki's text import (read by the importer that is the default from
  /// Anki 2.1.55; `#if matches` by later versions, which otherwise ask).
  static func header(deck: String) -> [String] {
    [
      "#separator:tab", "#html:true", "#notetype:Basic", "#deck:" + deck,
      "#columns:" + columns.joined(separator: "\t"), "#tags column:3", "#guid column:4", "#if matches:update current",
    ]
  }

  /// The deck's name: `--deck`, else the document's title, on one line.
  static func name(_ option: String?, title: String) -> String {
    let name = PrintableText.line(option ?? "")
    return name.isEmpty ? PrintableText.line(title) : name
  }

  /// A note per card. Fronts that two cards share (`问题 1` under two topics) are made unique
  /// with the card's topic path; GUIDs come from the document's title and the card's topic
  /// or question id, so they stay the same across exports.
  static func notes(for cards: [CardContent], title: String) -> [AnkiNote] {
    var count: [String: Int] = [:]
    for card in cards { count[card.title, default: 0] += 1 }
    var usedFronts = Set<String>()
    var usedGUIDs = Set<String>()
    return cards.map { card in
      var front = card.title
      if count[card.title, default: 0] > 1 {
        var path = card.topicPath
        if case .question = card.source { path.append(card.title) }
        front = path.joined(separator: " › ")
      }
      front = unique(front, in: &usedFronts) { "\($0) (\($1))" }
      let guid = unique(AnkiGUID.make(title: title, key: key(of: card.source)), in: &usedGUIDs) { "\($0)-\($1)" }
      return AnkiNote(card, front: front, guid: guid)
    }
  }

  /// What identifies a card's content within its document.
  static func key(of source: CardContent.Source) -> String {
    switch source {
    case .topic(let id): return "topic:" + id
    case .question(let id): return "question:" + id
    case .unmatchedAnswer(let heading): return "answer:" + heading
    case .preamble: return "preamble"
    }
  }

  /// `text`, or `text` numbered 2, 3… by `numbered` until it is not in `used`; recorded there.
  private static func unique(_ text: String, in used: inout Set<String>, numbered: (String, Int) -> String) -> String {
    var candidate = text
    var number = 2
    while used.contains(candidate) {
      candidate = numbered(text, number)
      number += 1
    }
    used.insert(candidate)
    return candidate
  }
}

/// Stable note GUIDs: FNV-1a (64 bits) of the document's title and the card's key, in hex,
/// after "pe" so that they never start with "#". Stable across runs, machines and versions
/// of Swift (unlike `Hasher`, which is seeded per process).
enum AnkiGUID {
  static func make(title: String, key: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in title.utf8 + [0x1F] + key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return "pe" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}
