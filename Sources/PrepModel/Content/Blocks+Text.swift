extension Blocks {
  /// The visible text, one line per paragraph-like block (a table row is one line, its cells
  /// apart by spaces), for plain renderings and for matching text. One linear pass over the
  /// nodes, whatever the nesting.
  public var plainText: String {
    var lines: [String] = []
    for run in runs {
      var index = run.lowerBound
      while index < run.upperBound {
        let node = store.nodes[Int(index)]
        switch node.kind {
        case .paragraph, .heading, .tableCell:
          lines.append(Inlines(store, children: index).plainText)
          index = node.end
        case .tableRow:
          let row = TableRow(store: store, node: index)
          lines.append(row.map(\.plainText).joined(separator: " "))
          index = node.end
        case .codeBlock, .htmlBlock:
          lines.append(String(store.string(index)))
          index = node.end
        case .list, .item, .blockQuote, .table, .thematicBreak:
          index += 1
        default:
          index = node.end
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Whether the blocks hold no text at all (an empty paragraph).
  public var isBlank: Bool {
    allSatisfy {
      if case .paragraph(let i) = $0 { return i.plainText.allSatisfy(\.isWhitespace) } else { return false }
    }
  }
}

extension Block {
  /// The visible text of blocks: see `Blocks.plainText`.
  public static func plainText(_ blocks: Blocks) -> String { blocks.plainText }
}
