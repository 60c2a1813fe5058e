extension XMLCopier.Element {
  /// Removes, at every depth below this element, the elements that match `elements` and the
  /// attributes that match `attributes` (its own included); returns how many were removed.
  @discardableResult
  public mutating func prune(
    elements: (XMLCopier.Element) -> Bool, attributes: (XMLCopier.Attribute) -> Bool = { _ in false }
  ) -> Int {
    var removed = 0
    let before = self.attributes.count
    self.attributes.removeAll(where: attributes)
    removed += before - self.attributes.count
    var kept: [XMLCopier.Content] = []
    kept.reserveCapacity(children.count)
    // Parsed documents are at most 256 levels deep (libxml2's limit), which bounds the recursion.
    for child in children {
      guard case .element(var element) = child else {
        kept.append(child)
        continue
      }
      if elements(element) {
        removed += 1
        continue
      }
      removed += element.prune(elements: elements, attributes: attributes)
      kept.append(.element(element))
    }
    children = kept
    return removed
  }

  /// Edits every element at every depth below this one (this one included), parents first.
  public mutating func edit(_ body: (inout XMLCopier.Element) -> Void) {
    body(&self)
    for index in children.indices {
      guard case .element(var element) = children[index] else { continue }
      element.edit(body)
      children[index] = .element(element)
    }
  }
}
