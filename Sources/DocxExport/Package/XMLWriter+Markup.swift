import ExportKit

extension XMLWriter {
  /// Fixed markup from a string literal. `raw("…")` with a literal picks the `String`
  /// overload (the default literal type); this one copies the literal's bytes directly.
  @inline(__always)
  mutating func markup(_ literal: StaticString) { raw(literal) }
}
