import TamayuzCore
import TamayuzFormats

/// The criteria a job works with: the criteria file and, optionally, a profile forced on every
/// agency instead of the one each agency's kind chooses.
package struct CriteriaSelection: Sendable {
    package var file: String
    package var profile: String?

    package init(file: String, profile: String? = nil) {
        self.file = file
        self.profile = profile
    }
}

extension RunLog {
    /// Loads the criteria, recording their warnings; a profile the framework does not have is
    /// an error.
    mutating func load(_ criteria: CriteriaSelection) throws(JobFailure) -> Framework {
        let framework: Framework
        do {
            let (loaded, warnings) = try CriteriaLoader.load(fileAtPath: criteria.file)
            report(warnings)
            framework = loaded
        } catch {
            throw failure(error)
        }
        if let profile = criteria.profile, framework.profile(profile) == nil {
            let known = framework.profiles.map(\.id).joined(separator: ", ")
            note(.error, "unknown profile '\(profile)'; the framework's profiles: \(known)", about: criteria.file)
            throw failure(.invalidInput)
        }
        return framework
    }
}
