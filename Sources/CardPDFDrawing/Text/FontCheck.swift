import ExportKit

/// The warnings that keep a missing font from passing silently: a font asked for (or the
/// default CJK font) that is not installed, and characters that no installed font has, which
/// Pango draws as boxes.
enum FontCheck {
  /// A warning per font that fontconfig replaces with another family.
  static func warnings(_ fonts: CardFonts, typesetter: Typesetter) -> [String] {
    var seen = Set<String>()
    return fonts.requested.compactMap { family, setting in
      guard seen.insert(family.lowercased()).inserted else { return nil }
      let resolved = typesetter.resolvedFamily(family)
      guard resolved.lowercased() != family.lowercased() else { return nil }
      return "font \"\(family)\" (\(setting)) is not installed, so other installed fonts stand in for it "
        + "(first \"\(resolved)\"): " + FontPackages.advice(for: family)
    }
  }

  /// One warning naming the characters no font has (the first ten), where the first was seen,
  /// and which Debian package may have them.
  static func missingGlyphWarnings(_ missing: [(scalar: Unicode.Scalar, card: String)]) -> [String] {
    guard let first = missing.first else { return [] }
    let shown = missing.prefix(10).map { "\(Character($0.scalar)) (U+\(hex($0.scalar.value)))" }
    let more = missing.count > 10 ? " and \(missing.count - 10) more" : ""
    let emoji = missing.contains { DisplayWidth.isEmoji($0.scalar) }
    let package = emoji ? "fonts-noto-color-emoji" : "fonts-noto-core"
    return [
      "no installed font has \(missing.count == 1 ? "this character" : "these characters"): "
        + shown.joined(separator: ", ") + more + " (first on the card \"\(first.card)\"); they print as boxes: "
        + "install a font that has them (apt-get install \(package))"
    ]
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
