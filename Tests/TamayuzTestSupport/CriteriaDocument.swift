/// A criteria document (framework `t` version 1, titled in English and Arabic) around `body`.
public func criteriaDocument(_ body: String, attributes: String = "") -> String {
    """
    <framework xmlns="urn:tamayuz:criteria:1" id="t" version="1" \(attributes)>
      <title xml:lang="en">Test</title><title xml:lang="ar">اختبار</title>
    \(body)
    </framework>
    """
}

/// An indicator titled with its id, of the given kind (yes/no unless told).
public func indicator(_ id: String, _ attributes: String = "", kind: String = "<yes-no/>") -> String {
    "<indicator id=\"\(id)\" \(attributes)><title xml:lang=\"en\">\(id)</title><title xml:lang=\"ar\">\(id)</title>\(kind)</indicator>"
}

/// An area titled with its id around `children`.
public func area(_ id: String, _ attributes: String = "", _ children: String) -> String {
    "<area id=\"\(id)\" \(attributes)><title xml:lang=\"en\">\(id)</title><title xml:lang=\"ar\">\(id)</title>\(children)</area>"
}
