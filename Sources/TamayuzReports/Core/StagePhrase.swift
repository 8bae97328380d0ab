/// The words of the review stages (consensus, site visit) in every report: the table's line per
/// agency, the HTML report's "Review stages" part and the consensus pack.
enum StagePhrase: String, Phrase {
    // Stage names and the table's line.
    case combined, consensus, siteVisit, unranked, stagesLine, stageStep
    // The HTML report's part.
    case stagesHeading, stagesCaption, columnStage, columnTotal, columnRank, columnTeam
    case changesCaption, columnIndicator, columnCombined, columnConsensus, columnSiteVisit, columnWhy, carried
    // The consensus pack.
    case packTitle, packIntro, agendaHeading, agendaIntro, agendaCaption, reasonSpread, reasonAlpha
    case columnEvaluator, columnAnswer, columnScore, columnEvidence, columnComment, columnLeniency
    case siteVisitHeading, siteVisitNone, siteVisitTooMany, columnQuestion, nothingToDiscuss
    case leniencyUnknown
    // The pre-filled consensus assessment.
    case draftComment, draftNotApplicable
}
