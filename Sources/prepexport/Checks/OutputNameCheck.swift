import Foundation
import PrepExport

/// Refuses `-o NAME` whose extension says another format (`prepexport docx -o out.odt` would
/// write a DOCX that no program opens as ODT), naming the command that writes that format.
enum OutputNameCheck {
  /// Extensions of files no registered format writes, which a user may still type.
  static let foreign: [String: String] = [
    "pdf": "a PDF", "doc": "a Word 97–2003 document", "rtf": "an RTF document", "html": "a web page",
    "htm": "a web page", "epub": "an EPUB book", "md": "Markdown", "markdown": "Markdown",
  ]

  /// Throws a usage error when `output` (as given to `-o`) names another format's file.
  /// `arguments` is the command line after the program name, to print the command to run.
  static func check(_ output: String?, for exporter: any Exporter, arguments: [String]) throws {
    guard let output, output != "-" else { return }
    let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
    let own = kind(of: exporter)
    guard !ext.isEmpty, ext != own else { return }
    let shown = ShellQuoting.quote(output)
    let suggestedName = ShellQuoting.quote(String(output.dropLast(ext.count)) + own)
    let writes = "'prepexport \(exporter.name)' writes .\(exporter.fileExtension) files"
    let writers = Registry.exporters.filter { kind(of: $0) == ext }
    if let writer = writers.first {
      var command = arguments
      if let index = command.firstIndex(of: exporter.name) { command[index] = writer.name }
      let others = writers.dropFirst().map { "'prepexport \($0.name)'" }
      throw CommandLineError.usage(
        "-o \(shown): .\(ext) is the extension of \(writer.name) files, but \(writes); name the file \(suggestedName)"
          + (others.isEmpty ? "" : " (\(others.joined(separator: ", ")) also writes .\(ext) files)")
          + ", or run: prepexport \(command.map(ShellQuoting.quote).joined(separator: " "))")
    }
    if let what = foreign[ext] {
      throw CommandLineError.usage(
        "-o \(shown): a .\(ext) name promises \(what), but \(writes); name the file \(suggestedName)")
    }
  }

  /// The last part of a format's extension: "txt" for "cards.txt".
  static func kind(of exporter: any Exporter) -> String {
    String(exporter.fileExtension.split(separator: ".").last ?? "").lowercased()
  }
}
