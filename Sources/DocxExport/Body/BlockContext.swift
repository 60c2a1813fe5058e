/// Where a block is being written: inside how many lists and quotes, inside an answer box or
/// not, how far it is indented and how wide the column is (both in twips).
struct BlockContext {
  /// The style of plain paragraphs: Normal, or Answer inside an answer box.
  var paragraphStyle: StyleID = .normal
  /// How many lists enclose the block (its list level when it is a list).
  var listDepth = 0
  /// How many block quotes enclose it.
  var quoteDepth = 0
  /// The left indent of plain paragraphs here.
  var indent = 0
  /// The width available to tables here.
  var width: Int

  /// The indent of one nesting step of lists (matches Templates/docx/numbering.xml).
  static let listStep = 420
  /// The indent of one block quote (matches the Quote style).
  static let quoteStep = 567
  /// Deeper nesting than this is not indented further, so that text keeps a usable column.
  static let maximumIndent = 4_200

  /// The context inside a list item.
  func insideListItem() -> BlockContext {
    var c = self
    c.listDepth += 1
    c.indent = min(indent + Self.listStep, Self.maximumIndent)
    return c
  }

  /// The context inside a block quote.
  func insideQuote() -> BlockContext {
    var c = self
    c.quoteDepth += 1
    c.indent = min(indent + Self.quoteStep, Self.maximumIndent)
    return c
  }
}
