import TamayuzCore

extension FileCheck {
    /// The outcomes, with the review stages' checks across files added to the file each finding
    /// points at: a second consensus or site visit of one agency, a team member who is an
    /// evaluator affiliated with the agency. Made only when some file is a consensus or a site
    /// visit (a reference case is checked alone: it never enters a cycle).
    static func checkingStages(_ checked: [(FileValidation, Assessment?)]) -> [FileValidation] {
        var results = checked.map(\.0)
        let assessments = checked.compactMap(\.1).filter { $0.assessor.role != .reference }
        guard assessments.contains(where: { $0.assessor.role == .consensus || $0.assessor.role == .siteVisit }) else { return results }
        do {
            _ = try AgencyAssessments.group(assessments)
        } catch {
            for finding in error.diagnostics {
                guard let position = results.firstIndex(where: { $0.file == finding.location.file }) else { continue }
                results[position].diagnostics.append(finding)
            }
        }
        return results
    }
}
