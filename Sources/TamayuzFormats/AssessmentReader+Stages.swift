import TamayuzCore
import TamayuzXML

/// The assessor and the review stages' markup: roles, a team's members, rationales, feedback
/// comments and "verify on site" marks.
extension AssessmentReader {
    mutating func readAssessor(_ element: XMLElement) -> Assessor {
        let affiliations = (element[attribute: "affiliation"] ?? "").split(separator: " ").map(String.init)
        let role = element[attribute: "role"].flatMap(Assessor.Role.init(rawValue:)) ?? .self
        let members = readMembers(element, role: role)
        let name = element.localizedText("name")
        if role != .evaluator, let affiliation = element.attribute("affiliation") {
            sink.warning(affiliation.location, "'affiliation' matters only for evaluators")
        }
        switch role {
        case .evaluator:
            guard let id = element[attribute: "id"] else {
                sink.error(element.location, "an evaluator needs an 'id' (so that juries can combine and check evaluators)")
                return Assessor(role: .evaluator, id: "", name: name, affiliations: affiliations)
            }
            return Assessor(role: .evaluator, id: id, name: name, affiliations: affiliations)
        case .self:
            return Assessor(role: .self, id: "self", name: name, affiliations: [])
        case .consensus, .siteVisit, .reference:
            if role == .consensus, members.isEmpty {
                sink.error(element.location, "a consensus names the team that agreed it: add a <member id=\"…\"/> for each member")
            }
            return Assessor(role: role, id: element[attribute: "id"] ?? role.rawValue, name: name, members: members)
        }
    }

    /// The team's members; one affiliated with the agency assessed is refused (a conflict of
    /// interest), and members matter only for a consensus or a site visit.
    private mutating func readMembers(_ element: XMLElement, role: Assessor.Role) -> [TeamMember] {
        let elements = element.children(named: "member")
        if let first = elements.first, role != .consensus, role != .siteVisit {
            sink.warning(first.location, "<member> matters only for a consensus or a site visit")
        }
        var seen = Set<String>()
        return elements.compactMap { member in
            let id = member[attribute: "id"] ?? ""
            if !seen.insert(id).inserted {
                sink.error(member.location, "member '\(id)' is named twice")
                return nil
            }
            let affiliations = (member[attribute: "affiliation"] ?? "").split(separator: " ").map(String.init)
            if let agency = agency?.id, affiliations.contains(agency), let attribute = member.attribute("affiliation") {
                sink.error(attribute.valueLocation, "member '\(id)' is affiliated with agency '\(agency)' (a conflict of interest): they cannot take part in its \(role.rawValue)")
            }
            return TeamMember(id: id, name: member.localizedText("name"), affiliations: affiliations)
        }
    }

    /// The answer's rationale (required of a site visit: what was verified); a "verify on site"
    /// mark is an evaluator's.
    mutating func readStageNotes(_ element: XMLElement, id: String, role: Assessor.Role?) -> String? {
        guard !element.children.isEmpty else {
            if role == .siteVisit { missingVerification(element, id: id) }
            return nil
        }
        let rationale = Self.joinedText(element, "rationale")
        if role == .siteVisit, rationale == nil { missingVerification(element, id: id) }
        if let mark = element.children(named: "verify-on-site").first, role != .evaluator {
            sink.warning(mark.location, "<verify-on-site> is an evaluator's question for the site visit: it matters only in an evaluator's assessment")
        }
        return rationale
    }

    private mutating func missingVerification(_ element: XMLElement, id: String) {
        sink.error(element.location, "the site visit's answer to '\(id)' does not say what was verified: add a <rationale>")
    }

    /// The texts of the answer's children of one name, trimmed and joined by new lines; nil when blank.
    static func joinedText(_ answer: XMLElement, _ name: String) -> String? {
        let text = answer.children(named: name).map { $0.text.trimmedWhitespace }.joined(separator: "\n")
        return text.isEmpty ? nil : text
    }

    /// The comments marked as a strength or an area for improvement.
    static func feedback(_ answer: XMLElement) -> [FeedbackComment] {
        answer.children(named: "comment").compactMap { comment in
            guard let kind = comment[attribute: "kind"].flatMap(FeedbackComment.Kind.init(rawValue:)) else { return nil }
            let text = comment.text.trimmedWhitespace
            return text.isEmpty ? nil : FeedbackComment(kind: kind, text: text)
        }
    }
}
