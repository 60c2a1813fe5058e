import CPangoCairo
import ExportKit

/// Kinsoku for Pango. Pango breaks lines by UAX #14, which already keeps closing punctuation,
/// small kana and iteration marks off the start of a line and opening brackets off its end;
/// it still breaks before `·` (U+00B7, ambiguous) and `～` (U+FF5E, ideographic), and after
/// the space that follows an opening bracket, which SPEC's kinsoku list forbids. Rather than
/// list Pango's gaps, every place SPEC forbids a break (`Kinsoku` in ExportKit, shared with
/// the plain-text cards: between two characters, or across the spaces between them) is
/// marked "no break inside", which also keeps Pango's emergency breaks off those places.
enum KinsokuAttributes {
  /// An attribute list for `bytes` (UTF-8) with `allow_breaks = false` over each forbidden place.
  static func list(for bytes: ArraySlice<UInt8>) -> OpaquePointer {
    let list = pango_attr_list_new()!
    let text = String(decoding: bytes, as: UTF8.self)
    // The last character that is not a space, where it starts, and whether a space followed it.
    var previous: (character: Character, start: Int)?
    var spaced = false
    var offset = 0
    var open: (start: Int, end: Int)?
    func flush() {
      guard let range = open else { return }
      let attribute = pango_attr_allow_breaks_new(0)!
      attribute.pointee.start_index = UInt32(range.start)
      attribute.pointee.end_index = UInt32(range.end)
      pango_attr_list_insert(list, attribute)
      open = nil
    }
    for character in text {
      let length = character.utf8.count
      defer { offset += length }
      if character == " " {
        spaced = previous != nil
        continue
      }
      if let before = previous,
        !Kinsoku.mayStartLine(character) || !Kinsoku.mayEndLine(before.character)
          || (!spaced && before.character == character && Kinsoku.inseparable.contains(character))
      {
        if let range = open, range.end > before.start {
          open = (range.start, offset + length)
        } else {
          flush()
          open = (before.start, offset + length)
        }
      }
      previous = (character, offset)
      spaced = false
    }
    flush()
    return list
  }
}
