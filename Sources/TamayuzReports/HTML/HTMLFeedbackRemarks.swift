import TamayuzCore

/// The second half of an agency's feedback page: per area and criterion its strengths and areas
/// for improvement, then the site-visit findings and the improvement plan.
struct HTMLFeedbackRemarks {
    let page: HTMLFeedbackPage

    private var context: HTMLContext { page.context }
    private var feedback: AgencyFeedback { page.feedback }

    func render(into main: inout HTMLBuilder) {
        main.element("section", ["aria-labelledby": "criteria-h"]) { section in
            section.element("h2", ["id": "criteria-h"], text: page.say(.criteriaHeading))
            for area in feedback.areas {
                section.element("h3") { $0.nodeTitle(area.area, in: context) }
                for criterion in area.criteria { self.criterion(&section, criterion) }
            }
        }
        findings(&main)
        plan(&main)
    }

    private func criterion(_ section: inout HTMLBuilder, _ criterion: AgencyFeedback.CriterionFeedback) {
        section.element("div", ["class": "criterion"]) { block in
            block.element("h4") { heading in
                heading.element("bdi", text: context.framework.nodes[criterion.criterion].id)
                heading.text(" ")
                heading.nodeTitle(criterion.criterion, in: context)
                if let score = criterion.score { heading.text(" — " + page.say(.criterionScore, page.points(score))) }
            }
            block.element("div", ["class": "remarks"]) { remarks in
                list(&remarks, .strengths, criterion.strengths)
                list(&remarks, .improvements, criterion.improvements)
            }
        }
    }

    private func list(_ remarks: inout HTMLBuilder, _ heading: FeedbackPhrase, _ items: [AgencyFeedback.Remark]) {
        remarks.element("div") { column in
            column.element("h5", text: page.say(heading))
            guard !items.isEmpty else { return column.element("p", ["class": "note"], text: page.say(.noRemarks)) }
            column.element("ul", ["class": "items"]) { list in
                for item in items { list.element("li") { remark(&$0, item) } }
            }
        }
    }

    private func remark(_ item: inout HTMLBuilder, _ remark: AgencyFeedback.Remark) {
        switch remark {
        case let .written(indicator, text):
            item.element("bdi", text: text)
            item.element("span", ["class": "note"], text: " (" + page.say(.writtenOn, context.framework.nodes[indicator].id) + ")")
        case let .computed(indicator, score, median):
            item.text(page.say(.computedRemark, context.framework.nodes[indicator].id + " " + context.title(indicator), page.points(score), page.points(median)))
        }
    }

    private func findings(_ main: inout HTMLBuilder) {
        main.element("section", ["class": "stage", "aria-labelledby": "site-h"]) { section in
            section.element("h2", ["id": "site-h"], text: page.say(.siteVisitHeading))
            guard !feedback.siteVisitFindings.isEmpty else { return section.element("p", text: page.say(.noSiteVisit)) }
            section.element("ul", ["class": "items"]) { list in
                for finding in feedback.siteVisitFindings {
                    list.element("li") { item in
                        item.element("strong", text: context.framework.nodes[finding.indicator].id + " " + context.title(finding.indicator) + ": ")
                        item.element("bdi", text: finding.text)
                    }
                }
            }
        }
    }

    private func plan(_ main: inout HTMLBuilder) {
        main.element("section", ["class": "stage", "aria-labelledby": "plan-h"]) { section in
            section.element("h2", ["id": "plan-h"], text: page.say(.planHeading))
            let steps = Array((feedback.plan?.steps ?? []).prefix(context.options.planLimit))
            guard !steps.isEmpty else { return section.element("p", text: page.say(.noPlan)) }
            section.element("p", ["class": "note"], text: page.say(.planIntro))
            section.element("ol") { list in
                for step in steps {
                    list.element("li") { item in
                        item.text(context.framework.nodes[step.indicator].id + " " + context.title(step.indicator) + ": " + page.say(Self.phrase(step.change)) + " ")
                        item.element("strong", text: page.say(.gain, context.numbers.fixed(step.gain, places: max(1, context.framework.precision))))
                    }
                }
            }
        }
    }

    private static func phrase(_ change: ImprovementPlan.Step.Change) -> FeedbackPhrase {
        switch change {
        case .supplyEvidence: .supplyEvidence
        case .answer: .answerIt
        case .nextLevel: .nextLevel
        case .bestValue: .bestValue
        }
    }
}
