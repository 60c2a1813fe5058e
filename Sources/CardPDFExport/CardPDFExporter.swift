import CardModel
import ExportKit
import Foundation

/// Print-ready cue cards as PDF (SPEC §3.2b): the cards of the plain-text format, drawn with
/// Pango and Cairo at the card's real size or on A4/Letter sheets with cut marks.
///
/// The drawing happens in a separate program, `prepexport-card-pdf`, installed beside
/// `prepexport`: linking Pango and Cairo would add ~40 shared libraries (~3 ms) to every run
/// of the main binary. This exporter selects the cards, hands them over as JSON
/// (`CardPrintJob`) and returns the PDF the program writes.
public struct CardPDFExporter: Exporter {
  public let name = "cards-pdf"
  public let fileExtension = "cards.pdf"
  public let summary = "print-ready cue cards as PDF: index-card size, or A4/Letter sheets with cut marks"
  public let isBinary = true
  /// `--paper`, `--size`, `--duplex`, `--full`.
  public typealias Options = PrintedCardOptions
  /// The drawing program; nil to look beside the running executable.
  public var drawingProgram: URL?

  public init() {}

  /// The drawing runs in `prepexport-card-pdf`.
  public var runsExternalProgram: Bool { true }

  public init(drawingProgram: URL?) { self.drawingProgram = drawingProgram }

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct {
    let job = CardPrintJob(document, options: options)
    let program = try drawingProgram ?? CardPDFExporter.programBesideExecutable()
    let input = try JSONEncoder().encode(job)
    let result = try ExternalProgram.run(program, input: input)
    var errors: [String] = []
    var warnings: [String] = []
    for line in result.stderr.split(separator: "\n") {
      if line.hasPrefix("warning: ") {
        warnings.append(String(line.dropFirst("warning: ".count)))
      } else {
        errors.append(line.hasPrefix("error: ") ? String(line.dropFirst("error: ".count)) : String(line))
      }
    }
    guard result.status == 0, result.stdout.starts(with: Array("%PDF".utf8)) else {
      let reason = errors.last ?? "exited with status \(result.status) and wrote no PDF"
      throw ExportError.tool(CardPDFExporter.programName, reason: reason)
    }
    return ExportProduct(data: result.stdout, warnings: warnings)
  }

  /// A PDF holds no review prepexport reads.
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? { nil }

  /// The drawing program's file name.
  public static let programName = "prepexport-card-pdf"

  /// `prepexport-card-pdf` in the folder of the running executable (`/proc/self/exe`, so that
  /// a symlink to prepexport still finds it; in tests, the build folder).
  public static func programBesideExecutable() throws -> URL {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let program = executable.deletingLastPathComponent().appendingPathComponent(programName)
    guard FileManager.default.isExecutableFile(atPath: program.path) else {
      throw ExportError.tool(
        programName,
        reason: "not found at \(program.path): PDF cards are drawn by this program, installed beside prepexport "
          + "(`make install` installs both)")
    }
    return program
  }
}
