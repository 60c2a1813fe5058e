import ExportKit
import Foundation

/// One conversion by `soffice --headless --convert-to pdf`, in a private temporary folder
/// that holds the input, the output and a LibreOffice profile of its own (so that it neither
/// waits for nor disturbs a LibreOffice the user has open), removed afterwards.
enum LibreOfficeConversion {
  static func pdf(of package: Data, fileExtension: String, soffice: URL) throws -> Data {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prepexport-pdf-" + UUID().uuidString, isDirectory: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let profile = folder.appendingPathComponent("profile", isDirectory: true)
    let input = folder.appendingPathComponent("document." + fileExtension)
    do {
      try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
      try package.write(to: input)
    } catch {
      throw ExportError.write(folder.path, reason: "cannot prepare the conversion: \(error.localizedDescription)")
    }
    let result = try ExternalProgram.run(
      soffice,
      arguments: [
        "-env:UserInstallation=" + profile.absoluteString, "--headless", "--norestore", "--nolockcheck",
        "--convert-to", "pdf", "--outdir", folder.path, input.path,
      ])
    let output = folder.appendingPathComponent("document.pdf")
    guard let pdf = FileManager.default.contents(atPath: output.path), pdf.starts(with: Array("%PDF".utf8)) else {
      let said = result.stderr.split(separator: "\n").last.map(String.init) ?? "no message"
      throw ExportError.tool(
        "soffice", reason: "LibreOffice did not convert the document to PDF (exit status \(result.status): \(said))")
    }
    return pdf
  }
}
