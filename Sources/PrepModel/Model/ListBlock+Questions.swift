extension ListBlock {
  /// The ids of the questions in this list and in the lists nested in it, in document order:
  /// the answers to them follow the list.
  public var questionIDs: [String] {
    enum Pending {
      case block(Block)
      case question(String)
    }
    var ids: [String] = []
    var stack: [Pending] = [.block(.list(self))]
    while let pending = stack.popLast() {
      switch pending {
      case .question(let id): ids.append(id)
      case .block(.list(let inner)):
        for item in inner.items.reversed() {
          stack.append(contentsOf: item.blocks.reversed().map(Pending.block))
          // The item's own id comes before its nested blocks: pushed last, popped first.
          if let id = item.questionID { stack.append(.question(id)) }
        }
      case .block(.blockQuote(let inner)): stack.append(contentsOf: inner.reversed().map(Pending.block))
      case .block: break
      }
    }
    return ids
  }
}
