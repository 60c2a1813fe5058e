import ArgumentParser
import ExportKit
import Foundation

/// What documents to share (DOCX, ODT…) are told: `--toc`, `--review`, `--reference-doc`.
public struct DocumentSettings: Sendable {
  /// A table of contents.
  public var tableOfContents = false
  /// Mentor-notes boxes, and change tracking switched on.
  public var review = false
  /// The user's own .docx/.odt to take styles, page setup and fonts from (untrusted bytes).
  public var referenceDocument: ReferenceDocument?

  public init(tableOfContents: Bool = false, review: Bool = false, referenceDocument: ReferenceDocument? = nil) {
    self.tableOfContents = tableOfContents
    self.review = review
    self.referenceDocument = referenceDocument
  }
}

extension ExportOptions {
  /// The document formats' settings (defaults when none were given).
  public var document: DocumentSettings {
    get { self[DocumentSettings.self] ?? DocumentSettings() }
    set { self[DocumentSettings.self] = newValue }
  }

  public var tableOfContents: Bool { document.tableOfContents }
  public var review: Bool { document.review }
  public var referenceDocument: ReferenceDocument? { document.referenceDocument }

  /// Options for a document format.
  public init(
    tableOfContents: Bool = false, review: Bool = false, referenceDocument: ReferenceDocument? = nil,
    creationDate: Date = Date(timeIntervalSince1970: 0), generator: String = "prepexport"
  ) {
    self.init(creationDate: creationDate, generator: generator)
    document = DocumentSettings(
      tableOfContents: tableOfContents, review: review, referenceDocument: referenceDocument)
  }
}

/// The command-line options of document formats.
public struct DocumentOptions: FormatOptions {
  @Flag(name: .long, help: "Add a table of contents.") public var toc = false
  @Flag(name: .long, help: "Add Mentor notes boxes and switch change tracking on.") public var review = false
  @Option(
    name: .customLong("reference-doc"),
    help: ArgumentHelp("Take styles, page setup and fonts from your own .docx or .odt.", valueName: "file"),
    completion: .file(extensions: ["docx", "odt"]))
  public var referenceDoc: String?

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    options.document.tableOfContents = toc
    options.document.review = review
    if let referenceDoc {
      options.document.referenceDocument = ReferenceDocument(
        name: referenceDoc, bytes: try files.read(referenceDoc, as: "a .docx/.odt reference document"))
    }
  }
}
