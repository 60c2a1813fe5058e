import CardModel
import CardPDFDrawing
import Foundation

// prepexport-card-pdf: reads a `CardPrintJob` as JSON on stdin, writes the PDF to stdout.
// `prepexport cards-pdf` runs it (it is installed beside prepexport), so that the main binary
// never loads Pango and Cairo. Each line on stderr is "warning: …" or "error: …".

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  exit(1)
}

guard CommandLine.arguments.count == 1 else {
  let help = """
    usage: prepexport-card-pdf < job.json > cards.pdf
    Draws cue cards into a PDF. prepexport runs it for `prepexport cards-pdf`; run that instead.

    """
  let asked = CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h")
  FileHandle.standardError.write(Data(help.utf8))
  exit(asked ? 0 : 64)
}

let input = FileHandle.standardInput.readDataToEndOfFile()
let job: CardPrintJob
do {
  job = try JSONDecoder().decode(CardPrintJob.self, from: input)
} catch {
  fail("cannot read the print job on stdin: \(error)")
}
do {
  let output = try CardPDF.render(job)
  for warning in output.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
  do {
    try FileHandle.standardOutput.write(contentsOf: output.pdf)
  } catch {
    fail("cannot write the PDF to stdout: \(error)")
  }
} catch {
  fail("\(error)")
}
