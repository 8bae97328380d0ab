import TamayuzApplication
import TamayuzCore
import Testing

@Suite struct FileCheckTests {
    @Test func tellsCriteriaFromAssessments() throws {
        let criteria = Samples.path("criteria/gis-track.xml")
        let assessment = Samples.path("samples/gis-track/mun_wadi_alnoor.self.xml")
        let result = try FileCheck(files: [criteria, assessment]).run()
        #expect(result.value.map(\.kind) == [.criteria, .assessment])
        #expect(result.value.allSatisfy { $0.isValid })
        #expect(result.value[1].note == "schema only: give --criteria to check the answers against the criteria")
        #expect(FileCheck.failure(of: result.value) == nil)
    }

    @Test func checksAssessmentsAgainstTheCriteria() throws {
        let criteria = Samples.path("criteria/gis-track.xml")
        let assessment = Samples.path("samples/e-services-track/mun_wadi_alnoor.self.xml")
        let result = try FileCheck(files: [assessment], criteria: criteria).run()
        #expect(result.value.map(\.file) == [criteria, assessment])
        #expect(result.value[0].isValid)
        #expect(result.value[1].diagnostics.first?.description == "\(assessment):6:57: error: this assessment answers framework 'e_services_track', but the criteria are 'gis_track'")
        #expect(FileCheck.failure(of: result.value)?.kind == .invalidInput)
    }

    @Test func aFileOfAnotherKindIsInvalidAndAMissingOneIsNoInput() throws {
        let folder = Samples.path("samples")
        let result = try FileCheck(files: [folder + "/quality-track/previous/results-2012.json"]).run()
        #expect(result.value.map(\.kind) == [nil])
        #expect(FileCheck.failure(of: result.value)?.kind == .invalidInput)
        let missing = try #require(failure { () throws(JobFailure) in try FileCheck(files: [folder + "/none.xml"]).run() })
        #expect(missing.kind == .noInput)
        #expect(missing.messages.map(\.description) == ["\(folder)/none.xml: error: no such file or folder"])
    }

    @Test func filesThatCannotBeReadAtAllAreNoInput() {
        let unreadable = FileValidation(file: "pipe.xml", kind: nil, diagnostics: [
            .error(at: .wholeFile("pipe.xml"), "is a named pipe (FIFO), not a regular file")
        ])
        let valid = FileValidation(file: "ok.xml", kind: .criteria, diagnostics: [])
        #expect(FileCheck.failure(of: [valid, unreadable])?.kind == .noInput)
        #expect(FileCheck.failure(of: [valid]) == nil)
    }
}
