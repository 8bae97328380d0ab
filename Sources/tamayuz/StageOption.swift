import ArgumentParser
import TamayuzCore

/// A review stage a template can be written for (`tamayuz template --role`).
enum StageOption: String, ExpressibleByArgument, CaseIterable {
    case consensus
    case siteVisit = "site-visit"

    var role: Assessor.Role {
        switch self {
        case .consensus: .consensus
        case .siteVisit: .siteVisit
        }
    }
}
