import CardModel
import ExportKit

/// All cards of a document, numbered and printed in order: one page per card, or with
/// `--duplex` each card's front (its title) followed by its back (title and points), so that
/// printing double-sided puts the points on the back of their question.
struct CardDeck {
  let options: CardOptions
  let lang: LanguageTag

  /// The pages of the deck, each a card's lines.
  func pages(for contents: [CardContent]) -> [[String]] {
    let breaker = LineBreaker(ambiguous: AmbiguousWidth(lang))
    let frame = CardFrame(columns: options.columns, border: options.border, breaker: breaker)
    let pagination = CardPagination(
      breaker: breaker, frame: frame, rows: options.rows, continued: Localized(lang).continued)
    // The title leaves room for "M/M"; more cards than expected may need a wider number, so
    // paginate again until the number's width is the one planned for.
    var digits = String(max(1, contents.count)).count
    var sheets: [CardSheet] = []
    while true {
      sheets = contents.flatMap { self.sheets(for: $0, pagination: pagination, numberWidth: 2 * digits + 1) }
      let needed = String(max(1, sheets.count)).count
      if needed <= digits { break }
      digits = needed
    }
    let rendering = CardRendering(frame: frame, breaker: breaker, rows: options.rows)
    return sheets.enumerated().flatMap { index, sheet -> [[String]] in
      let back = rendering.lines(of: sheet, number: index + 1, of: sheets.count)
      guard options.duplex else { return [back] }
      return [rendering.lines(of: sheet, number: index + 1, of: sheets.count, front: true), back]
    }
  }

  /// The sheets of one content: every sentence of its prose when that fits one card (or with
  /// `--full`), else the first sentence of each paragraph.
  private func sheets(for content: CardContent, pagination: CardPagination, numberWidth: Int) -> [CardSheet] {
    let sheets = pagination.sheets(for: content, numberWidth: numberWidth)
    guard sheets.count > 1, !options.full, content.brief != nil else { return sheets }
    return pagination.sheets(for: content.condensed, numberWidth: numberWidth)
  }

  /// The pages as one text: a form feed before each page after the first (so `lp` starts a
  /// new page), or a blank line between cards for screens; a newline at the end.
  func text(for contents: [CardContent]) -> String {
    let pages = pages(for: contents).map { $0.joined(separator: "\n") }
    guard !pages.isEmpty else { return "" }
    let separator = options.separator == .formfeed ? "\n\u{0C}" : "\n\n"
    return pages.joined(separator: separator) + "\n"
  }
}
