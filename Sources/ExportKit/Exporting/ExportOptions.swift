import Foundation

/// Everything an exporter may be told, gathered at the edge (the command line) and passed in:
/// the creation time and generator every format writes, and each option family's settings,
/// stored by type (`options[DocumentSettings.self]`), so that a format's settings live in its
/// own module and the shared kit knows none of them.
public struct ExportOptions: Sendable {
  /// The creation time written into properties and ZIP entries: now, or `SOURCE_DATE_EPOCH`.
  public var creationDate: Date
  /// "prepexport 0.2.0", written as the generator.
  public var generator: String
  private var settings: [ObjectIdentifier: any Sendable] = [:]

  public init(creationDate: Date = Date(timeIntervalSince1970: 0), generator: String = "prepexport") {
    self.creationDate = creationDate
    self.generator = generator
  }

  /// The settings of one family, if given.
  public subscript<Settings: Sendable>(_ type: Settings.Type) -> Settings? {
    get { settings[ObjectIdentifier(type)] as? Settings }
    set { settings[ObjectIdentifier(type)] = newValue }
  }
}

/// A user's reference document: its name for messages, and its bytes.
public struct ReferenceDocument: Sendable {
  public var name: String
  public var bytes: Data

  public init(name: String, bytes: Data) {
    self.name = name
    self.bytes = bytes
  }
}
