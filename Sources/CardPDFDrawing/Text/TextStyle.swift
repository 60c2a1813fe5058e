/// The kinds of text on a printed card, each with its font, size and weight.
enum TextStyle: Hashable, CaseIterable {
  /// The card's title in its header: bold.
  case title
  /// Points and markers.
  case body
  /// A label heading the points after it ("总结："): bold.
  case label
  /// A line of program code: monospace.
  case code
  /// The card number `N/M` in the corner: smaller.
  case number
  /// The title alone on a duplex front: large and bold.
  case front

  var isBold: Bool { self == .title || self == .label || self == .front }
}

/// Font sizes for a card stock, in points: larger cards get larger text.
struct TypeSizes: Sendable {
  let body: Double

  func size(_ style: TextStyle) -> Double {
    switch style {
    case .body, .label, .code: return body
    case .title: return body + 1.5
    case .number: return body - 1.5
    case .front: return body * 1.6
    }
  }
}
