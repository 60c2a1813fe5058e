import ExportKit
import Foundation

/// The whole document as PDF, for printing the prep itself (SPEC §3.2b): another format's
/// package (the ODT) converted by LibreOffice headless, the existing engine for laying out a
/// word-processing document; LibreOffice fills in the page numbers of the contents (`--toc`)
/// as it lays the pages out.
///
/// A format never imports another: the package to convert comes from the exporter this one
/// is given when it is registered (`DocumentPDFExporter<OdtExporter>` in
/// `PrepExport.Registry`), called through the `Exporter` protocol.
public struct DocumentPDFExporter<Source: Exporter>: Exporter {
  public let name = "pdf"
  public let fileExtension = "pdf"
  public var summary: String { "the whole document as PDF (its \(source.name.uppercased()) converted by LibreOffice)" }
  public let isBinary = true
  /// The options of the format converted (`--toc`, `--review`, `--reference-doc`).
  public typealias Options = Source.Options
  /// The format whose output LibreOffice converts.
  public let source: Source
  /// LibreOffice's `soffice`; nil to find it on PATH.
  public var converter: URL?

  public init() { source = Source() }

  /// LibreOffice does the conversion.
  public var runsExternalProgram: Bool { true }

  public init(converter: URL?) {
    source = Source()
    self.converter = converter
  }

  /// A PDF holds no review prepexport reads.
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? { nil }

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct {
    guard let soffice = converter ?? ExternalProgram.onPath("soffice") else {
      throw ExportError.tool(
        "soffice",
        reason: "not found on PATH: the pdf format converts the document with LibreOffice; "
          + "install it with `apt-get install libreoffice-writer-nogui`")
    }
    let package = try source.export(document, options: options)
    return ExportProduct(
      data: try LibreOfficeConversion.pdf(of: package.data, fileExtension: source.fileExtension, soffice: soffice),
      warnings: package.warnings)
  }
}
