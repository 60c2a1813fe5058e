import DocumentOutline
import ExportKit
import Foundation

/// Word document (OOXML) to share with a mentor. The pipeline follows pandoc's DOCX writer:
/// reference document (optional) → body → numbering → styles → settings and fonts →
/// header and footer → properties → archive.
public struct DocxExporter: Exporter {
  public typealias Options = DocumentOptions
  public let name = "docx"
  public let fileExtension = "docx"
  public let summary = "Word document (OOXML) to share with a mentor"
  public let isBinary = true

  public init() {}

  public func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct {
    let metadata = document.metadata
    let lang = metadata.lang
    let fonts = FontChoice(metadata)
    let reference = try options.referenceDocument.map(ReferenceDocx.init)

    let styles = reference?.styleMap ?? StyleMap()
    let page = reference?.page ?? PageSetup.defaults(for: lang)
    let body = DocxBody(
      styles: styles, page: page,
      numbering: ListNumbering(
        abstractBase: reference?.firstFreeAbstractID ?? 1, numBase: reference?.firstFreeNumID ?? 1),
      sourceBytes: document.sourceByteCount)
    let plan = DocumentPlan(document, tableOfContents: options.tableOfContents, review: options.review)
    var walk = OutlineWalk(document, plan: plan, renderer: body)
    walk.run()
    let written = walk.renderer
    if let error = written.spillError { throw error }

    var parts = DocxParts()
    parts.document = written.xml
    parts.hyperlinks = written.hyperlinks
    if let reference {
      parts.numbering = try reference.numbering(merging: written.numbering, fonts: fonts)
      let fontsChosen = metadata.fonts != Fonts()
      parts.styles = try reference.styles(adding: fonts, lang: lang, keepFonts: fontsChosen)
      parts.fontTable = reference.fontTable(
        adding: FontTablePart.fonts(fonts, lang: lang), fallback: FontTablePart.part(fonts, lang: lang))
      parts.theme = reference.themePart
    } else {
      parts.numbering = try written.numbering.part(fonts: fonts)
      parts.styles = try StylesPart.part(fonts: fonts, lang: lang)
      parts.fontTable = FontTablePart.part(fonts, lang: lang)
    }
    parts.settings = SettingsPart.part(options: options, lang: lang)
    parts.header = HeaderFooterParts.header(title: metadata.title, styles: styles)
    parts.footer = HeaderFooterParts.footer(Localized(lang), styles: styles)
    parts.core = CoreProperties.part(metadata, options: options)
    parts.app = AppProperties.part(options: options, metadata: metadata)
    let digests = walk.fingerprint.sections
    let ids = walk.headingIDs
    parts.custom = { stamp in
      CustomProperties.part(
        metadata, extra: FingerprintProperties.properties(digests: digests, ids: ids, stamp: stamp))
    }
    return ExportProduct(
      data: try parts.archive(date: options.creationDate), warnings: reference?.warnings.map(\.description) ?? [])
  }
}
