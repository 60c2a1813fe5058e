/// Where the walk is among blocks: inside how many lists and quotes, inside an answer or not.
struct BlockContext {
  var listDepth = 0
  var quoteDepth = 0
  var inAnswer = false
  /// The blocks of a topic's part, at its top level: answers go after its lists.
  var placesAnswers = false

  /// The style of a plain paragraph here: a quote's, an answer's, a list item's, or body text.
  var plainStyle: ParagraphStyle {
    if quoteDepth > 0 { return .quote }
    if inAnswer { return .answer }
    return listDepth > 0 ? .listParagraph : .body
  }

  func paragraph(_ style: ParagraphStyle) -> Paragraph {
    var p = Paragraph(style)
    p.listDepth = listDepth
    p.quoteDepth = quoteDepth
    p.inAnswer = inAnswer
    return p
  }

  func insideList() -> BlockContext {
    var c = self
    c.listDepth += 1
    c.placesAnswers = false
    return c
  }

  func insideQuote() -> BlockContext {
    var c = self
    c.quoteDepth += 1
    c.placesAnswers = false
    return c
  }
}
