import CardModel
import ExportKit

/// The size of a printed card and the room inside it, in points (1/72 in), landscape.
struct CardGeometry: Sendable {
  let stock: CardOptions.Stock
  /// The card's width and height.
  let width: Double
  let height: Double
  /// Blank border inside the card's edges. At least the printable margin of a sheet
  /// (`SheetLayout.printableMargin`), so that cards may reach a sheet's edge.
  static let margin = 18.0
  /// Vertical room around the rule under the title, and between points.
  static let ruleGap = 4.0
  static let pointGap = 2.5
  static let labelGap = 4.0
  /// At most this many title lines in the header; the rest of a longer title runs into the
  /// text area of the card's first sheet.
  static let headerLines = 3

  init(_ stock: CardOptions.Stock) {
    self.stock = stock
    switch stock {
    case .threeByFive: (width, height) = (5 * 72, 3 * 72)
    case .fourBySix: (width, height) = (6 * 72, 4 * 72)
    case .a6: (width, height) = (148 / 25.4 * 72, 105 / 25.4 * 72)
    }
  }

  /// The room for text.
  var contentWidth: Double { width - 2 * CardGeometry.margin }
  var contentHeight: Double { height - 2 * CardGeometry.margin }

  /// Type sizes that suit the card: 9 pt on 3×5, 10.5 pt on the larger cards.
  var sizes: TypeSizes { TypeSizes(body: stock == .threeByFive ? 9 : 10.5) }
}
