import PrepModel

/// How wide each column of a table is, relative to the others: its share follows the widest
/// text in it (display columns, CJK counting 2), between 4 and 30 so that no column starves.
public enum ColumnWeights {
  public static func of(_ table: Table) -> [Int] {
    let columns = max(table.columnCount, 1)
    var weights = [Int](repeating: 4, count: columns)
    for row in table.allRows {
      for (column, cell) in row.enumerated() where column < columns {
        weights[column] = max(weights[column], min(30, DisplayWidth.of(cell.plainText)))
      }
    }
    return weights
  }
}
