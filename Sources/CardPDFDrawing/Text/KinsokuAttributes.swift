import CPangoCairo
import ExportKit

/// Kinsoku for Pango. Pango breaks lines by UAX #14, which already keeps closing punctuation,
/// small kana and iteration marks off the start of a line and opening brackets off its end;
/// it still breaks before `·` (U+00B7, ambiguous) and `～` (U+FF5E, ideographic), which
/// SPEC's kinsoku list forbids. Rather than list Pango's gaps, every pair SPEC forbids to
/// split (`Kinsoku` in ExportKit, shared with the plain-text cards) is marked "no break
/// inside", which also keeps Pango's emergency character breaks off those places.
enum KinsokuAttributes {
  /// An attribute list for `bytes` (UTF-8) with `allow_breaks = false` over each forbidden pair.
  static func list(for bytes: ArraySlice<UInt8>) -> OpaquePointer {
    let list = pango_attr_list_new()!
    let text = String(decoding: bytes, as: UTF8.self)
    var previous: Character?
    var previousStart = 0
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
      if let before = previous,
        !Kinsoku.mayStartLine(character) || !Kinsoku.mayEndLine(before)
          || (before == character && Kinsoku.inseparable.contains(character))
      {
        if let range = open, range.end > previousStart {
          open = (range.start, offset + length)
        } else {
          flush()
          open = (previousStart, offset + length)
        }
      }
      previous = character
      previousStart = offset
      offset += length
    }
    flush()
    return list
  }
}
