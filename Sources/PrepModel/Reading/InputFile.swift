/// One input as bytes, with the name to show in messages. Reading the file system happens
/// at the edge (the CLI); the reader takes bytes.
public struct InputFile: Sendable {
  /// The name as the user gave it ("prep.md", "-" shown as "<stdin>").
  public var name: String
  public var bytes: [UInt8]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// The file name without folders and without its last extension: "prep" for notes/prep.md.
  public var stem: String {
    if name == "<stdin>" { return "stdin" }
    let base = name.split(separator: "/").last.map(String.init) ?? name
    guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
    return String(base[..<dot])
  }
}
