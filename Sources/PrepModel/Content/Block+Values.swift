extension Block {
  /// A list made of values, for content made in code rather than read (tests, examples).
  public static func list(ordered: Bool, start: Int = 1, tight: Bool = true, items: [[Block]]) -> Block {
    var builder = ContentBuilder()
    let flags = (ordered ? ListFlags.ordered : 0) | (tight ? ListFlags.tight : 0)
    builder.open(.list, flags: flags, start: UInt32(clamping: start), length: UInt32(UInt8(ascii: ordered ? "." : "-")))
    for item in items {
      builder.open(.item)
      for block in item { builder.append(block) }
      builder.close()
    }
    builder.close()
    return Block(builder.finish(), 0)
  }
}
